import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '@libs/platform';

/** The request bodies of the education writes, with HEAD's rules and messages. */

const URL_RULE = { require_tld: false, require_protocol: true } as const;

/**
 * A required nested object, checked by its own class. Not `@IsDefined`: `ValidateNested` passes an array
 * (it checks each item), so `[]` would reach the service as if it were the object.
 */
function NestedObject(name: string, type: () => new () => object): PropertyDecorator {
  return applyDecorators(
    IsObject({ message: ({ value }) => `${name} must ${value == null ? 'not be null' : 'be an object'}` }),
    ValidateNested(),
    Type(type),
  );
}

/** Bean Validation's @NotBlank: present, text, not only whitespace. */
function NotBlank(message: string) {
  return ValidateBy({
    name: 'notBlank',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && /\S/.test(value),
      defaultMessage: () => message,
    },
  });
}

/** An ISO-8601 timestamp with an offset (Java's `OffsetDateTime`). */
function IsOffsetDateTime(message: string) {
  return ValidateBy({
    name: 'offsetDateTime',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' &&
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
        !Number.isNaN(Date.parse(value)),
      defaultMessage: () => message,
    },
  });
}

export const EDUCATION_STATUSES = ['EDUCATION_STARTED', 'EDUCATION_STOPPED'] as const;
export const ALN_STATUSES = ['ASSESSMENT_COMPLETED'] as const;
export const EDUCATION_ASSESSMENT_STATUSES = ['ALL_RELEVANT_ASSESSMENTS_COMPLETE'] as const;

/** A change of a person's education status (Curious). */
export class EducationStatusChangeRequest {
  @ApiPropertyOptional({ enum: EDUCATION_STATUSES, default: 'EDUCATION_STARTED' })
  @IsIn(EDUCATION_STATUSES, { message: `status must be one of ${EDUCATION_STATUSES.join(', ')}` })
  status: (typeof EDUCATION_STATUSES)[number] = 'EDUCATION_STARTED';

  @ApiProperty({
    description: "Where to get the person's current education",
    example: 'https://example.com/sequation-virtual-campus2-api/learnerQualifications/v2/A1234AB',
  })
  @IsDefined({ message: 'A detailURL must be provided' })
  @IsUrl(URL_RULE, { message: 'detailUrl must be a URL' })
  detailUrl!: string;

  @ApiProperty({ format: 'uuid', description: "The consumer's id of the request, for tracing" })
  @IsDefined({ message: 'A requestId must be provided' })
  @IsUUID('all', { message: 'requestId must be a UUID' })
  requestId!: string;
}

/** A change of a person's additional learning needs (ALN) assessment. */
export class EducationAlnAssessmentsChangeRequest {
  @ApiPropertyOptional({ enum: ALN_STATUSES, default: 'ASSESSMENT_COMPLETED' })
  @IsIn(ALN_STATUSES, { message: `status must be one of ${ALN_STATUSES.join(', ')}` })
  status: (typeof ALN_STATUSES)[number] = 'ASSESSMENT_COMPLETED';

  @ApiProperty({
    description: "Where to get the person's current ALN assessment details",
    example: 'https://example.com/sequation-virtual-campus2-api/learnerAssessments/v2/A1234AB',
  })
  @IsDefined({ message: 'A detailURL must be provided' })
  @IsUrl(URL_RULE, { message: 'detailUrl must be a URL' })
  detailUrl!: string;

  @ApiProperty({ format: 'uuid', description: "The consumer's id of the request, for tracing" })
  @IsDefined({ message: 'A requestId must be provided' })
  @IsUUID('all', { message: 'requestId must be a UUID' })
  requestId!: string;
}

/** A change of status of a person's education assessments. */
export class EducationAssessmentStatusChangeRequest {
  @ApiProperty({ enum: EDUCATION_ASSESSMENT_STATUSES })
  @IsIn(EDUCATION_ASSESSMENT_STATUSES, {
    message: `status must be one of ${EDUCATION_ASSESSMENT_STATUSES.join(', ')}`,
  })
  status!: (typeof EDUCATION_ASSESSMENT_STATUSES)[number];

  @ApiProperty({ format: 'date', example: '2025-06-01' })
  @IsCalendarDate({}, { message: 'statusChangeDate must be a date (yyyy-MM-dd)' })
  statusChangeDate!: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Where to get the assessment details' })
  @IsOptional()
  @IsUrl(URL_RULE, { message: 'detailUrl must be a URL' })
  detailUrl?: string | null;

  @ApiProperty({ description: "The consumer's id of the request, for tracing" })
  @NotBlank('A requestId must be provided')
  requestId!: string;
}

export class CoursePersonDetails {
  @ApiProperty({ description: 'First name of the person on probation' })
  @NotBlank('firstName must not be null or blank')
  firstName!: string;

  @ApiProperty({ description: 'Last name of the person on probation' })
  @NotBlank('lastName must not be null or blank')
  lastName!: string;

  @ApiProperty({ format: 'date', example: '1990-01-01' })
  @IsDefined({ message: 'dateOfBirth must not be null or blank' })
  @IsCalendarDate({}, { message: 'dateOfBirth must be a date (yyyy-MM-dd)' })
  dateOfBirth!: string;

  @ApiProperty({ description: 'Region of the person on probation' })
  @NotBlank('region must not be null or blank')
  region!: string;

  @ApiProperty({ description: 'Probation delivery unit of the person on probation' })
  @NotBlank('PDU must not be null or blank')
  pdu!: string;

  @ApiProperty({ description: 'The office the person on probation is associated with' })
  @NotBlank('office must not be null or blank')
  office!: string;

  @ApiProperty({ description: 'Email address of the person on probation' })
  @NotBlank('email must not be null or blank')
  @Matches(/^[A-Za-z0-9+_.-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/, {
    message: 'email must be a valid email address',
  })
  email!: string;
}

export class CourseDetails {
  @ApiProperty({ description: 'Name of the course completed' })
  @NotBlank('courseName must not be null or blank')
  courseName!: string;

  @ApiProperty({ description: 'Type of the course completed' })
  @NotBlank('courseType must not be null or blank')
  courseType!: string;

  @ApiProperty({ description: 'Provider of the course' })
  @NotBlank('provider must not be null or blank')
  provider!: string;

  @ApiProperty({ format: 'date-time', example: '2023-12-31T16:00:00+00:00' })
  @IsDefined({ message: 'completionDateTime must not be null or blank' })
  @IsOffsetDateTime('completionDateTime must be a timestamp with an offset')
  completionDateTime!: string;

  @ApiProperty({ description: 'Status of the course, e.g. Failed, Completed' })
  @NotBlank('status must not be null or blank')
  status!: string;

  @ApiProperty({ example: 150, description: 'Total time spent on the course in minutes' })
  @IsInt({ message: 'totalTimeMinutes must be a whole number' })
  @Min(1, { message: 'totalTime must be positive' })
  totalTimeMinutes!: number;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 3, description: 'Number of attempts' })
  @IsOptional()
  @IsInt({ message: 'attempts must be a whole number' })
  attempts?: number | null;

  @ApiProperty({ example: 140, description: 'Expected minutes to complete the course' })
  @IsDefined({ message: 'expectedTimeMinutes must not be null' })
  @IsInt({ message: 'expectedTimeMinutes must be a whole number' })
  @Min(1, { message: 'expectedTimeMinutes must be positive' })
  expectedTimeMinutes!: number;
}

export class CourseCompletion {
  @ApiProperty({ description: 'External course reference' })
  @IsString({ message: 'externalReference must be provided' })
  externalReference!: string;

  @ApiProperty({ type: CoursePersonDetails })
  @NestedObject('person', () => CoursePersonDetails)
  person!: CoursePersonDetails;

  @ApiProperty({ type: CourseDetails })
  @NestedObject('course', () => CourseDetails)
  course!: CourseDetails;
}

export class EducationCourseCompletionRequest {
  @ApiProperty({ type: CourseCompletion })
  @NestedObject('courseCompletion', () => CourseCompletion)
  courseCompletion!: CourseCompletion;
}
