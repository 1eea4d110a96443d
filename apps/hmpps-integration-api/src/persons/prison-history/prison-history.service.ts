import { Injectable } from '@nestjs/common';
import { requireData } from '../../common/api-errors';
import { ConsumerFilters } from '../../consumers/consumer-filters';
import { CellShareRiskAssessment, PrisonTimeline } from '../../domain/prison-history';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { PrisonApiGateway } from '../../upstream/prison-api/prison-api.gateway';
import { personNotFoundMessage } from '../person-lookup';

/** A prisoner's history in NOMIS, within the consumer's prisons and supervision statuses. */
@Injectable()
export class PrisonHistoryService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly prisonApi: PrisonApiGateway,
  ) {}

  async getCellShareRiskAssessments(
    hmppsId: string,
    filters: ConsumerFilters,
  ): Promise<CellShareRiskAssessment[]> {
    const messages = { badRequest: `Invalid HMPPS ID: ${hmppsId}`, notFound: personNotFoundMessage(hmppsId) };
    const nomisNumber = requireData(
      await this.identity.getNomisNumberWithFilters(hmppsId, filters),
      messages,
    );
    return requireData(await this.prisonApi.getCellShareRiskAssessments(nomisNumber), messages);
  }

  async getPrisonTimeline(hmppsId: string, filters: ConsumerFilters): Promise<PrisonTimeline> {
    const messages = { badRequest: `Invalid HMPPS ID: ${hmppsId}`, notFound: personNotFoundMessage(hmppsId) };
    const nomisNumber = requireData(
      await this.identity.getNomisNumberWithFilters(hmppsId, filters),
      messages,
    );
    return requireData(await this.prisonApi.getPrisonTimeline(nomisNumber), messages);
  }
}
