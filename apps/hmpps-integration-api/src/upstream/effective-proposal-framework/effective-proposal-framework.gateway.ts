import { Injectable } from '@nestjs/common';
import { ServiceResult, UpstreamApi } from '../../common/upstream-api-error';
import { CaseDetail } from '../../domain/case-detail';
import { Gateway, segment } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import { CaseDetailDto, toCaseDetail } from './case-detail.dto';

/** Effective Proposal Framework and Delius (EPF case details). */
@Injectable()
export class EffectiveProposalFrameworkGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(
      clients,
      'effectiveProposalFramework',
      'effective-proposal-framework',
      UpstreamApi.EFFECTIVE_PROPOSAL_FRAMEWORK,
    );
  }

  /** Background of one event (conviction) of a probation case. nDelius answers 404 for LAO cases too. */
  async getCaseDetail(crn: string, eventNumber: number): Promise<ServiceResult<CaseDetail | null>> {
    const result = await this.get<CaseDetailDto>(`/case-details/${segment(crn)}/${segment(eventNumber)}`);
    return { data: result.data ? toCaseDetail(result.data) : null, errors: result.errors };
  }
}
