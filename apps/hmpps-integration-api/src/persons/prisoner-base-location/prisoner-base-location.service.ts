import { Injectable } from '@nestjs/common';
import { notFound, requireData } from '../../common/api-errors';
import { ConsumerFilters, matchesPrison } from '../../consumers/consumer-filters';
import { PrisonerBaseLocation } from '../../domain/location';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { PrisonerBaseLocationGateway } from '../../upstream/prisoner-base-location/prisoner-base-location.gateway';

@Injectable()
export class PrisonerBaseLocationService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly baseLocations: PrisonerBaseLocationGateway,
  ) {}

  /**
   * HEAD: the base location of the person's NOMIS number. The prison filter applies to the prison they are
   * in, or were last in when out; a location naming neither is not found.
   */
  async getBaseLocation(hmppsId: string, filters: ConsumerFilters): Promise<PrisonerBaseLocation> {
    const messages = {
      badRequest: `Invalid HMPPS ID: ${hmppsId}`,
      notFound: `Could not find prisoner base location for id: ${hmppsId}`,
    };
    const nomisNumber = requireData(await this.identity.getNomisNumber(hmppsId), messages);
    const location = requireData(await this.baseLocations.getPrisonerBaseLocation(nomisNumber), messages);
    const prisonId = location.inPrison === true ? location.prisonId : location.lastPrisonId;
    if (!prisonId || !matchesPrison(filters, prisonId)) throw notFound(messages.notFound);
    return location;
  }
}
