import { Injectable } from '@nestjs/common';
import { throwIfErrors } from '../../common/api-errors';
import { ServiceResult } from '../../common/upstream-api-error';
import { Needs, RiskManagementPlan, RiskPredictorScore, Risks } from '../../domain/risks';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { AssessRisksAndNeedsGateway } from '../../upstream/assess-risks-and-needs/assess-risks-and-needs.gateway';
import { LIMITED_ACCESS_MESSAGE, lookupPersonOrFail, personNotFoundMessage } from '../person-lookup';

/** The reference's wording for a risk-management-plan 403. */
const RISK_MANAGEMENT_PLAN_FORBIDDEN = 'Upstream API service returned a forbidden error';

/**
 * OASys data from Assess Risks and Needs, found by the person's CRN. Someone probation does not know has
 * no OASys assessments: an empty answer. ARN refuses limited access offenders with 403, which is answered
 * as a 403 saying so (the reference answered 200 with nothing).
 */
@Injectable()
export class RiskAssessmentsService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly arn: AssessRisksAndNeedsGateway,
  ) {}

  async getRiskPredictorScores(hmppsId: string): Promise<RiskPredictorScore[]> {
    return (await this.fromArn(hmppsId, (crn) => this.arn.getRiskPredictorScores(crn))) ?? [];
  }

  getRisks(hmppsId: string): Promise<Risks | null> {
    return this.fromArn(hmppsId, (crn) => this.arn.getRisks(crn));
  }

  getNeeds(hmppsId: string): Promise<Needs | null> {
    return this.fromArn(hmppsId, (crn) => this.arn.getNeeds(crn));
  }

  /** The id is used as the CRN as it is, without looking the person up. */
  async getRiskManagementPlans(hmppsId: string): Promise<RiskManagementPlan[]> {
    const plans = await this.arn.getRiskManagementPlans(hmppsId);
    throwIfErrors(plans, {
      notFound: personNotFoundMessage(hmppsId),
      forbidden: RISK_MANAGEMENT_PLAN_FORBIDDEN,
    });
    return plans.data;
  }

  private async fromArn<T>(
    hmppsId: string,
    call: (crn: string) => Promise<ServiceResult<T>>,
  ): Promise<T | null> {
    const notFound = personNotFoundMessage(hmppsId);
    const person = await lookupPersonOrFail(this.identity, hmppsId, notFound);
    const crn = person.identifiers.deliusCrn;
    if (!crn) return null;
    const result = await call(crn);
    throwIfErrors(result, { notFound, forbidden: LIMITED_ACCESS_MESSAGE });
    return result.data;
  }
}
