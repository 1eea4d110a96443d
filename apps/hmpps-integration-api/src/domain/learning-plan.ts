import { ApiPropertyOptional } from '@nestjs/swagger';

/** A PLP induction schedule (spec §5.5 #43–44). */
export interface InductionSchedule {
  deadlineDate: string | null;
  status: string | null;
  calculationRule: string | null;
  nomisNumber: string | null;
  systemCreatedBy: string | null;
  systemCreatedAt: string | null;
  systemCreatedAtPrison: string | null;
  systemUpdatedBy: string | null;
  systemUpdatedAt: string | null;
  systemUpdatedAtPrison: string | null;
  inductionPerformedBy: string | null;
  inductionPerformedAt: string | null;
  inductionPerformedByRole: string | null;
  inductionPerformedAtPrison: string | null;
  exemptionReason: string | null;
  version: number | null;
}

/** A PLP review schedule, with the completed review joined on when there is one (spec §5.5 #45). */
export interface ReviewSchedule {
  nomisNumber: string | null;
  reference: string | null;
  reviewDateFrom: string | null;
  reviewDateTo: string | null;
  status: string | null;
  calculationRule: string | null;
  createdBy: string | null;
  createdByDisplayName: string | null;
  createdAt: string | null;
  createdAtPrison: string | null;
  updatedBy: string | null;
  updatedByDisplayName: string | null;
  updatedAt: string | null;
  updatedAtPrison: string | null;
  version: number | null;
  reviewCompletedBy: string | null;
  reviewCompletedByRole: string | null;
  reviewCompletedAt: string | null;
  reviewType: string | null;
  reviewReason: string | null;
}

/** The lists of schedules, as classes so that they are the OpenAPI schemas (the schedules undescribed there). */
export class InductionSchedules {
  @ApiPropertyOptional({ type: Object, isArray: true })
  inductionSchedules!: InductionSchedule[];
}

export class ReviewSchedules {
  @ApiPropertyOptional({ type: Object, isArray: true })
  reviewSchedules!: ReviewSchedule[];
}
