import { Injectable } from '@nestjs/common';
import { requireData } from '../../common/api-errors';
import { ServiceResult } from '../../common/upstream-api-error';
import { upstreamErrorMessages } from '../../common/upstream-error-messages';
import { ConsumerFilters } from '../../consumers/consumer-filters';
import {
  EducationAssessmentSummary,
  PlanCreationSchedule,
  PlanReviewSchedule,
  PrisonerEducation,
} from '../../domain/education-records';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { PlpGateway } from '../../upstream/plp/plp.gateway';
import { SupportForAdditionalNeedsGateway } from '../../upstream/support-for-additional-needs/support-for-additional-needs.gateway';

function personMessages(hmppsId: string) {
  return { badRequest: `Invalid HMPPS ID: ${hmppsId}`, notFound: `Could not find person with id: ${hmppsId}` };
}

/**
 * A prisoner's education (PLP) and additional needs schedules (SAN). Where HEAD answers an invalid id
 * or an upstream 404 with a 200 holding empty or null data, these answer 400 or 404 (fidelity policy).
 */
@Injectable()
export class EducationRecordsService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly plp: PlpGateway,
    private readonly san: SupportForAdditionalNeedsGateway,
  ) {}

  /** Within the consumer's prisons and supervision statuses; HEAD words its errors after the upstream's. */
  async getEducation(hmppsId: string, filters: ConsumerFilters): Promise<PrisonerEducation> {
    const person = await this.identity.getNomisNumberWithFilters(hmppsId, filters);
    const nomisNumber = requireData(person, upstreamErrorMessages(person));
    const education = await this.plp.getPrisonerEducation(nomisNumber);
    return requireData(education, upstreamErrorMessages(education));
  }

  getEducationAssessmentSummary(hmppsId: string): Promise<EducationAssessmentSummary> {
    return this.forPrisoner(hmppsId, (nomisNumber) => this.plp.getEducationAssessmentSummary(nomisNumber));
  }

  getPlanCreationSchedules(hmppsId: string): Promise<PlanCreationSchedule[]> {
    return this.forPrisoner(hmppsId, (nomisNumber) => this.san.getPlanCreationSchedules(nomisNumber));
  }

  getReviewSchedules(hmppsId: string): Promise<PlanReviewSchedule[]> {
    return this.forPrisoner(hmppsId, (nomisNumber) => this.san.getReviewSchedules(nomisNumber));
  }

  /** The prisoner's NOMIS number, for the writes: 400 for an invalid id, 404 for an unknown person. */
  async nomisNumberOf(hmppsId: string): Promise<string> {
    return requireData(await this.identity.getNomisNumber(hmppsId), personMessages(hmppsId));
  }

  private async forPrisoner<T>(
    hmppsId: string,
    call: (nomisNumber: string) => Promise<ServiceResult<T | null>>,
  ): Promise<T> {
    return requireData(await call(await this.nomisNumberOf(hmppsId)), personMessages(hmppsId));
  }
}
