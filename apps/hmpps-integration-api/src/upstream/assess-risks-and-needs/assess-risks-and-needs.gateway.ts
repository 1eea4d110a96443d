import { Injectable } from '@nestjs/common';
import { ServiceResult, UpstreamApi } from '../../common/upstream-api-error';
import { Needs, RiskManagementPlan, RiskPredictorScore, Risks } from '../../domain/risks';
import { ErrorPolicy, Gateway, segment } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import {
  ArnNeedsDto,
  ArnRiskManagementPlansDto,
  ArnRiskPredictorScoreDto,
  ArnRisksDto,
  toNeeds,
  toRiskManagementPlans,
  toRiskPredictorScore,
  toRisks,
} from './assess-risks-and-needs.dto';
import { JsonObject } from '@libs/upstream';
import { AssessmentSummary } from '../../domain/probation-records';
import { toLatestAssessmentSummary } from './assessment-summary.dto';

/** ARN refuses limited access offenders with 403; every call reports that as data so it becomes a 403 answer. */
const REPORT_FORBIDDEN: ErrorPolicy = { forbiddenAsError: true };

/**
 * Assess Risks and Needs: predictors, ROSH, needs and risk management plans. The reference reports
 * errors of the risk-management-plan call as RISK_MANAGEMENT_PLAN (`ErrorPolicy.causedBy`).
 */
@Injectable()
export class AssessRisksAndNeedsGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(clients, 'assessRisksAndNeeds', 'assess-risks-and-needs', UpstreamApi.ASSESS_RISKS_AND_NEEDS);
  }

  /** Predictor scores of the last year's assessments, newest first. */
  async getRiskPredictorScores(crn: string): Promise<ServiceResult<RiskPredictorScore[]>> {
    const result = await this.get<ArnRiskPredictorScoreDto[]>(
      `/risks/predictors/unsafe/all/CRN/${segment(crn)}`,
      undefined,
      REPORT_FORBIDDEN,
    );
    const scores = (result.data ?? []).map(toRiskPredictorScore);
    scores.sort((a, b) => (b.completedDate ?? '').localeCompare(a.completedDate ?? ''));
    return { data: scores, errors: result.errors };
  }

  /** The risk of serious harm (ROSH) summary. */
  async getRisks(crn: string): Promise<ServiceResult<Risks | null>> {
    const result = await this.get<ArnRisksDto>(`/risks/crn/${segment(crn)}`, undefined, REPORT_FORBIDDEN);
    return { data: result.data ? toRisks(result.data) : null, errors: result.errors };
  }

  /** Criminogenic needs of the latest assessment. */
  async getNeeds(crn: string): Promise<ServiceResult<Needs | null>> {
    const result = await this.get<ArnNeedsDto>(`/needs/${segment(crn)}`, undefined, REPORT_FORBIDDEN);
    return { data: result.data ? toNeeds(result.data) : null, errors: result.errors };
  }

  /** Risk management plans in ARN's order; errors are reported as RISK_MANAGEMENT_PLAN, as the reference does. */
  async getRiskManagementPlans(crn: string): Promise<ServiceResult<RiskManagementPlan[]>> {
    const result = await this.get<ArnRiskManagementPlansDto>(
      `/risks/crn/${segment(crn)}/risk-management-plan`,
      undefined,
      {
        ...REPORT_FORBIDDEN,
        causedBy: UpstreamApi.RISK_MANAGEMENT_PLAN,
      },
    );
    return { data: result.data ? toRiskManagementPlans(result.data) : [], errors: result.errors };
  }

  /** The latest completed assessment of a case; `data` null with no errors when none is completed. */
  async getAssessmentSummary(crn: string): Promise<ServiceResult<AssessmentSummary | null>> {
    const result = await this.get<JsonObject>(
      `/assessments/mapps/crn/${segment(crn)}`,
      undefined,
      REPORT_FORBIDDEN,
    );
    return { data: result.data ? toLatestAssessmentSummary(result.data) : null, errors: result.errors };
  }
}
