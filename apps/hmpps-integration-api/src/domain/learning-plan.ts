import { ApiProperty } from '@nestjs/swagger';

const text = () => ApiProperty({ type: String, nullable: true });
const integer = () => ApiProperty({ type: 'integer', nullable: true });
const date = () => ApiProperty({ type: String, format: 'date', nullable: true });
const instant = () => ApiProperty({ type: String, format: 'date-time', nullable: true });

/** A PLP induction schedule; every field is null where PLP has none. */
export class InductionSchedule {
  @date()
  deadlineDate!: string | null;

  @text()
  status!: string | null;

  @text()
  calculationRule!: string | null;

  @text()
  nomisNumber!: string | null;

  @text()
  systemCreatedBy!: string | null;

  @instant()
  systemCreatedAt!: string | null;

  @text()
  systemCreatedAtPrison!: string | null;

  @text()
  systemUpdatedBy!: string | null;

  @instant()
  systemUpdatedAt!: string | null;

  @text()
  systemUpdatedAtPrison!: string | null;

  @text()
  inductionPerformedBy!: string | null;

  @date()
  inductionPerformedAt!: string | null;

  @text()
  inductionPerformedByRole!: string | null;

  @text()
  inductionPerformedAtPrison!: string | null;

  @text()
  exemptionReason!: string | null;

  @integer()
  version!: number | null;
}

/**
 * A PLP review schedule, with the completed review joined on when there is one; the review's
 * fields are null when there is none, the schedule's where PLP has none.
 */
export class ReviewSchedule {
  @ApiProperty()
  nomisNumber!: string;

  @text()
  reference!: string | null;

  @date()
  reviewDateFrom!: string | null;

  @date()
  reviewDateTo!: string | null;

  @text()
  status!: string | null;

  @text()
  calculationRule!: string | null;

  @text()
  createdBy!: string | null;

  @text()
  createdByDisplayName!: string | null;

  @instant()
  createdAt!: string | null;

  @text()
  createdAtPrison!: string | null;

  @text()
  updatedBy!: string | null;

  @text()
  updatedByDisplayName!: string | null;

  @instant()
  updatedAt!: string | null;

  @text()
  updatedAtPrison!: string | null;

  @integer()
  version!: number | null;

  @text()
  reviewCompletedBy!: string | null;

  @text()
  reviewCompletedByRole!: string | null;

  @date()
  reviewCompletedAt!: string | null;

  @text()
  reviewType!: string | null;

  @text()
  reviewReason!: string | null;
}

/** The lists of schedules. */
export class InductionSchedules {
  @ApiProperty({ type: InductionSchedule, isArray: true })
  inductionSchedules!: InductionSchedule[];
}

export class ReviewSchedules {
  @ApiProperty({ type: ReviewSchedule, isArray: true })
  reviewSchedules!: ReviewSchedule[];
}
