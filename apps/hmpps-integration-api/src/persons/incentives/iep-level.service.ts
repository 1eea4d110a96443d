import { Injectable } from '@nestjs/common';
import { requireData } from '../../common/api-errors';
import { ConsumerFilters } from '../../consumers/consumer-filters';
import { IepLevel } from '../../domain/iep-level';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { IncentivesGateway } from '../../upstream/incentives/incentives.gateway';

@Injectable()
export class IepLevelService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly incentives: IncentivesGateway,
  ) {}

  /** #42: the prisoner's current incentive level, within the consumer's prisons. */
  async getIepLevel(hmppsId: string, filters: ConsumerFilters): Promise<IepLevel> {
    const messages = {
      badRequest: `Invalid HMPPS ID: ${hmppsId}`,
      notFound: `Could not find person with id: ${hmppsId}`,
    };
    const nomisNumber = requireData(
      await this.identity.getNomisNumberWithFilters(hmppsId, filters),
      messages,
    );
    return requireData(await this.incentives.getIepLevel(nomisNumber), messages);
  }
}
