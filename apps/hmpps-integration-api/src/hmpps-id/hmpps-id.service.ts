import { Injectable } from '@nestjs/common';
import { requireData } from '../common/api-errors';
import { ConsumerFilters } from '../consumers/consumer-filters';
import { PersonIdentityService } from '../identity/person-identity.service';

@Injectable()
export class HmppsIdService {
  constructor(private readonly identity: PersonIdentityService) {}

  /** The CRN when probation knows the person, otherwise the NOMIS number itself. */
  async getHmppsId(nomisNumber: string, filters: ConsumerFilters): Promise<{ hmppsId: string }> {
    const person = requireData(await this.identity.getPersonWithPrisonFilter(nomisNumber, filters), {
      badRequest: `Invalid Nomis number: ${nomisNumber}`,
      notFound: `Could not find HMPPS ID for Nomis number: ${nomisNumber}`,
    });
    return { hmppsId: person.hmppsId ?? nomisNumber };
  }

  async getNomisNumber(hmppsId: string, filters: ConsumerFilters): Promise<{ nomisNumber: string }> {
    const nomisNumber = requireData(await this.identity.getNomisNumberWithFilters(hmppsId, filters), {
      badRequest: `Invalid HMPPS ID: ${hmppsId}`,
      notFound: `Could not find nomis number for HMPPS ID: ${hmppsId}`,
    });
    return { nomisNumber };
  }
}
