import { ApiProperty } from '@nestjs/swagger';

/**
 * The education records (PLP and Support for Additional Needs): classes, so that the same declarations are
 * the OpenAPI schemas.
 */

export class Qualification {
  @ApiProperty({ example: 'Maths GCSE' })
  subject!: string;

  @ApiProperty({ example: 'LEVEL_2', description: 'ENTRY_LEVEL or LEVEL_1 … LEVEL_8' })
  level!: string;

  @ApiProperty({ example: 'C', description: 'Free text: A, 1, Pass, Merit…' })
  grade!: string;
}

/** A prisoner's level of education and qualifications, as recorded in PLP. */
export class PrisonerEducation {
  @ApiProperty({ example: 'SECONDARY_SCHOOL_TOOK_EXAMS' })
  educationLevel!: string;

  @ApiProperty({ type: Qualification, isArray: true })
  qualifications!: Qualification[];
}

export class EducationAssessmentSummary {
  @ApiProperty({ description: 'Whether the prisoner still needs a basic skills assessment' })
  basicSkillsAssessmentRequired!: boolean;
}

const SCHEDULE_STATUSES = [
  'SCHEDULED',
  'EXEMPT_SYSTEM_TECHNICAL_ISSUE',
  'EXEMPT_PRISONER_TRANSFER',
  'EXEMPT_PRISONER_RELEASE',
  'EXEMPT_PRISONER_DEATH',
  'EXEMPT_PRISONER_MERGE',
  'EXEMPT_PRISONER_NOT_COMPLY',
  'EXEMPT_NOT_IN_EDUCATION',
  'EXEMPT_NO_NEED',
  'EXEMPT_UNKNOWN',
  'COMPLETED',
];

const NEED_SOURCES = [
  'LDD_SCREENER',
  'ALN_SCREENER',
  'CONDITION_SELF_DECLARED',
  'CONDITION_CONFIRMED_DIAGNOSIS',
  'CHALLENGE_NOT_ALN_SCREENER',
];

/** The fields of every version of a SAN schedule. */
abstract class SanScheduleVersion {
  @ApiProperty({ type: String, nullable: true, example: 'A1234BC' })
  nomisNumber!: string;

  @ApiProperty({ format: 'uuid' })
  reference!: string;

  @ApiProperty({ enum: SCHEDULE_STATUSES, enumName: 'SanScheduleStatus' })
  status!: string;

  @ApiProperty()
  createdBy!: string;

  @ApiProperty()
  createdByDisplayName!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ example: 'BXI' })
  createdAtPrison!: string;

  @ApiProperty()
  updatedBy!: string;

  @ApiProperty()
  updatedByDisplayName!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  @ApiProperty({ example: 'BXI' })
  updatedAtPrison!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  deadlineDate!: string | null;

  @ApiProperty({ type: String, nullable: true })
  exemptionReason!: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'The highest number is the latest version' })
  version!: number | null;
}

/** One version of the Support for Additional Needs plan creation schedule. */
export class PlanCreationSchedule extends SanScheduleVersion {
  @ApiProperty({ type: String, format: 'date', nullable: true })
  planCompletedDate!: string | null;

  @ApiProperty({ type: String, nullable: true })
  planCompletedBy!: string | null;

  @ApiProperty({ type: String, nullable: true })
  planKeyedInBy!: string | null;

  @ApiProperty({ type: String, nullable: true })
  planCompletedByJobRole!: string | null;

  @ApiProperty({ type: String, nullable: true })
  exemptionDetail!: string | null;

  @ApiProperty({ enum: NEED_SOURCES, enumName: 'NeedSource', isArray: true, nullable: true })
  needSources!: string[] | null;
}

export class PlanCreationSchedules {
  @ApiProperty({ type: PlanCreationSchedule, isArray: true, description: 'Every version of the schedule' })
  planCreationSchedules!: PlanCreationSchedule[];
}

/** One version of a Support for Additional Needs plan review schedule. */
export class PlanReviewSchedule extends SanScheduleVersion {
  @ApiProperty({ type: String, format: 'date', nullable: true })
  reviewCompletedDate!: string | null;

  @ApiProperty({ type: String, nullable: true })
  reviewKeyedInBy!: string | null;

  @ApiProperty({ type: String, nullable: true })
  reviewCompletedBy!: string | null;

  @ApiProperty({ type: String, nullable: true })
  reviewCompletedByJobRole!: string | null;
}

export class PlanReviewSchedules {
  @ApiProperty({
    type: PlanReviewSchedule,
    isArray: true,
    description: 'Every version of every review schedule',
  })
  reviewSchedules!: PlanReviewSchedule[];
}
