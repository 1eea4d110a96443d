import { Injectable } from '@nestjs/common';
import { ServiceResult, UpstreamApi } from '../../common/upstream-api-error';
import { InductionSchedule, ReviewSchedule } from '../../domain/learning-plan';
import { Gateway, segment } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import {
  CompletedReviewDto,
  InductionScheduleDto,
  ReviewScheduleDto,
  toInductionSchedule,
  toReviewSchedule,
} from './plp.dto';
import { JsonObject } from '@libs/upstream';
import { EducationAssessmentSummary, PrisonerEducation } from '../../domain/education-records';
import { toEducationAssessmentSummary, toPrisonerEducation } from './plp-education.dto';

/** Education and Work Plan / PLP (inductions and reviews). */
@Injectable()
export class PlpGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(clients, 'plp', 'plp', UpstreamApi.PLP);
  }

  async getInductionSchedule(nomisNumber: string): Promise<ServiceResult<InductionSchedule | null>> {
    const result = await this.get<InductionScheduleDto>(
      `/inductions/${segment(nomisNumber)}/induction-schedule`,
    );
    return { data: result.data ? toInductionSchedule(result.data) : null, errors: result.errors };
  }

  async getInductionScheduleHistory(nomisNumber: string): Promise<ServiceResult<InductionSchedule[] | null>> {
    const result = await this.get<{ inductionSchedules?: InductionScheduleDto[] | null }>(
      `/inductions/${segment(nomisNumber)}/induction-schedule/history`,
    );
    return {
      data: result.data ? (result.data.inductionSchedules ?? []).map(toInductionSchedule) : null,
      errors: result.errors,
    };
  }

  /**
   * Review schedules with their completed reviews joined on. The two reads are independent, so they run
   * together; an error from either is reported.
   */
  async getReviewSchedules(nomisNumber: string): Promise<ServiceResult<ReviewSchedule[] | null>> {
    const [reviews, schedules] = await Promise.all([
      this.get<{ completedReviews?: CompletedReviewDto[] | null }>(
        `/action-plans/${segment(nomisNumber)}/reviews`,
      ),
      this.get<{ reviewSchedules?: ReviewScheduleDto[] | null }>(
        `/action-plans/${segment(nomisNumber)}/reviews/review-schedules`,
      ),
    ]);
    const errors = [...reviews.errors, ...schedules.errors];
    if (errors.length > 0 || !schedules.data) return { data: null, errors };
    const completed = reviews.data?.completedReviews ?? [];
    return {
      data: (schedules.data.reviewSchedules ?? []).map((schedule) =>
        toReviewSchedule(schedule, nomisNumber, completed),
      ),
      errors,
    };
  }

  /** The prisoner's education level and qualifications. */
  async getPrisonerEducation(nomisNumber: string): Promise<ServiceResult<PrisonerEducation | null>> {
    const result = await this.get<JsonObject>(`/person/${segment(nomisNumber)}/education`);
    return { data: result.data ? toPrisonerEducation(result.data) : null, errors: result.errors };
  }

  /** Whether the prisoner still needs a basic skills assessment. */
  async getEducationAssessmentSummary(
    nomisNumber: string,
  ): Promise<ServiceResult<EducationAssessmentSummary | null>> {
    const result = await this.get<JsonObject>(`/assessments/${segment(nomisNumber)}/required`);
    return { data: result.data ? toEducationAssessmentSummary(result.data) : null, errors: result.errors };
  }
}
