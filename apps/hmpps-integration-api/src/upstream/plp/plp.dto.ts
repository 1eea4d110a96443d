import { InductionSchedule, ReviewSchedule } from '../../domain/learning-plan';

/** PLP `InductionScheduleResponse`. */
export interface InductionScheduleDto {
  prisonNumber?: string | null;
  deadlineDate?: string | null;
  scheduleStatus?: string | null;
  scheduleCalculationRule?: string | null;
  createdByDisplayName?: string | null;
  createdAt?: string | null;
  createdAtPrison?: string | null;
  updatedByDisplayName?: string | null;
  updatedAt?: string | null;
  updatedAtPrison?: string | null;
  inductionPerformedBy?: string | null;
  inductionPerformedAt?: string | null;
  inductionPerformedByRole?: string | null;
  inductionPerformedAtPrison?: string | null;
  exemptionReason?: string | null;
  version?: number | null;
}

export function toInductionSchedule(dto: InductionScheduleDto): InductionSchedule {
  return {
    deadlineDate: dto.deadlineDate ?? null,
    status: dto.scheduleStatus ?? null,
    calculationRule: dto.scheduleCalculationRule ?? null,
    nomisNumber: dto.prisonNumber ?? null,
    systemCreatedBy: dto.createdByDisplayName ?? null,
    systemCreatedAt: dto.createdAt ?? null,
    systemCreatedAtPrison: dto.createdAtPrison ?? null,
    systemUpdatedBy: dto.updatedByDisplayName ?? null,
    systemUpdatedAt: dto.updatedAt ?? null,
    systemUpdatedAtPrison: dto.updatedAtPrison ?? null,
    inductionPerformedBy: dto.inductionPerformedBy ?? null,
    inductionPerformedAt: dto.inductionPerformedAt ?? null,
    inductionPerformedByRole: dto.inductionPerformedByRole ?? null,
    inductionPerformedAtPrison: dto.inductionPerformedAtPrison ?? null,
    exemptionReason: dto.exemptionReason ?? null,
    version: dto.version ?? null,
  };
}

/** PLP `ReviewScheduleResponse`. */
export interface ReviewScheduleDto {
  reference?: string | null;
  reviewDateFrom?: string | null;
  reviewDateTo?: string | null;
  calculationRule?: string | null;
  status?: string | null;
  createdBy?: string | null;
  createdByDisplayName?: string | null;
  createdAt?: string | null;
  createdAtPrison?: string | null;
  updatedBy?: string | null;
  updatedByDisplayName?: string | null;
  updatedAt?: string | null;
  updatedAtPrison?: string | null;
  version?: number | null;
}

/** PLP `CompletedActionPlanReviewResponse`. */
export interface CompletedReviewDto {
  reviewScheduleReference?: string | null;
  completedDate?: string | null;
  conductedBy?: string | null;
  conductedByRole?: string | null;
  updatedByDisplayName?: string | null;
  preRelease?: boolean | null;
}

const REVIEW_REASONS: Record<string, string> = {
  PRISONER_READMISSION: 'REOFFENCE',
  PRISONER_TRANSFER: 'TRANSFER',
};

/**
 * A schedule with its nomisNumber and, for a COMPLETED schedule whose review is known, who completed the
 * review, when, and why it was due.
 */
export function toReviewSchedule(
  dto: ReviewScheduleDto,
  nomisNumber: string,
  completedReviews: readonly CompletedReviewDto[],
): ReviewSchedule {
  const review =
    dto.status === 'COMPLETED'
      ? completedReviews.find((candidate) => candidate.reviewScheduleReference === dto.reference)
      : undefined;
  return {
    nomisNumber,
    reference: dto.reference ?? null,
    reviewDateFrom: dto.reviewDateFrom ?? null,
    reviewDateTo: dto.reviewDateTo ?? null,
    status: dto.status ?? null,
    calculationRule: dto.calculationRule ?? null,
    createdBy: dto.createdBy ?? null,
    createdByDisplayName: dto.createdByDisplayName ?? null,
    createdAt: dto.createdAt ?? null,
    createdAtPrison: dto.createdAtPrison ?? null,
    updatedBy: dto.updatedBy ?? null,
    updatedByDisplayName: dto.updatedByDisplayName ?? null,
    updatedAt: dto.updatedAt ?? null,
    updatedAtPrison: dto.updatedAtPrison ?? null,
    version: dto.version ?? null,
    reviewCompletedBy: review ? (review.conductedBy ?? review.updatedByDisplayName ?? null) : null,
    reviewCompletedByRole: review ? (review.conductedByRole ?? 'CIAG') : null,
    reviewCompletedAt: review ? (review.completedDate ?? null) : null,
    reviewType: review ? (review.preRelease ? 'PRE_RELEASE' : 'REGULAR') : null,
    reviewReason: review ? (REVIEW_REASONS[dto.calculationRule ?? ''] ?? 'REGULAR') : null,
  };
}
