import { Injectable } from '@nestjs/common';
import { JsonObject } from '@libs/upstream';
import { ServiceResult, UpstreamApi } from '../../common/upstream-api-error';
import { PlanCreationSchedule, PlanReviewSchedule } from '../../domain/education-records';
import { Gateway, segment } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import { toPlanCreationSchedules, toPlanReviewSchedules } from './san-schedules.dto';

/** Every version of a schedule, not only the current one. */
const ALL_HISTORY = { includeAllHistory: true };

/** Support for Additional Needs (SAN): a prisoner's additional needs plan and review schedules. */
@Injectable()
export class SupportForAdditionalNeedsGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(clients, 'supportForAdditionalNeeds', 'support-additional-needs', UpstreamApi.SAN);
  }

  async getPlanCreationSchedules(nomisNumber: string): Promise<ServiceResult<PlanCreationSchedule[] | null>> {
    const result = await this.get<JsonObject>(
      `/profile/${segment(nomisNumber)}/plan-creation-schedule`,
      ALL_HISTORY,
    );
    return { data: result.data ? toPlanCreationSchedules(result.data, nomisNumber) : null, errors: result.errors };
  }

  async getReviewSchedules(nomisNumber: string): Promise<ServiceResult<PlanReviewSchedule[] | null>> {
    const result = await this.get<JsonObject>(
      `/profile/${segment(nomisNumber)}/reviews/review-schedules`,
      ALL_HISTORY,
    );
    return { data: result.data ? toPlanReviewSchedules(result.data, nomisNumber) : null, errors: result.errors };
  }
}
