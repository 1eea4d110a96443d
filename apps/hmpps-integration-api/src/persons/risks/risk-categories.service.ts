import { Injectable } from '@nestjs/common';
import { requireData } from '../../common/api-errors';
import { ConsumerFilters } from '../../consumers/consumer-filters';
import { RiskCategory } from '../../domain/risk-category';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { PrisonApiGateway } from '../../upstream/prison-api/prison-api.gateway';
import { personNotFoundMessage } from '../person-lookup';

@Injectable()
export class RiskCategoriesService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly prisonApi: PrisonApiGateway,
  ) {}

  /** Security category and its assessments, for a prisoner held in a prison the consumer may see. */
  async getRiskCategory(hmppsId: string, filters: ConsumerFilters): Promise<RiskCategory> {
    const messages = { badRequest: `Invalid HMPPS ID: ${hmppsId}`, notFound: personNotFoundMessage(hmppsId) };
    const nomisNumber = requireData(
      await this.identity.getNomisNumberWithFilters(hmppsId, filters),
      messages,
    );
    return requireData(await this.prisonApi.getRiskCategory(nomisNumber), messages);
  }
}
