import { Injectable } from '@nestjs/common';
import { ServiceResult, UpstreamApi } from '../../common/upstream-api-error';
import { IepLevel } from '../../domain/iep-level';
import { Gateway, segment } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import { IncentiveReviewSummaryDto, toIepLevel } from './incentive-review.dto';

/** Incentives (IEP levels). */
@Injectable()
export class IncentivesGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(clients, 'incentives', 'incentives', UpstreamApi.INCENTIVES);
  }

  /** The prisoner's current incentive level. */
  async getIepLevel(nomisNumber: string): Promise<ServiceResult<IepLevel | null>> {
    const result = await this.get<IncentiveReviewSummaryDto>(
      `/incentive-reviews/prisoner/${segment(nomisNumber)}`,
      undefined,
      { badRequestAsError: true },
    );
    return { data: result.data ? toIepLevel(result.data) : null, errors: result.errors };
  }
}
