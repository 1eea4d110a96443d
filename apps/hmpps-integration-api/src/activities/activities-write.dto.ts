import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate } from '@libs/platform';
import {
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsPositive,
  IsString,
  Max,
  ValidateBy,
} from 'class-validator';

/** HEAD's ids are Kotlin `Long`s; JSON numbers are exact up to 2^53. */
export const MAX_ID = Number.MAX_SAFE_INTEGER;

/** Today in the UK, where the prisons are: HEAD's `@FutureOrPresent` dates are judged against it. */
export function todayInPrisons(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

/** Bean Validation's `@FutureOrPresent` for a `yyyy-MM-dd` date (a real date is checked separately). */
export function FutureOrPresent(message: string) {
  return ValidateBy({
    name: 'futureOrPresent',
    validator: {
      validate: (value: unknown) => typeof value !== 'string' || value >= todayInPrisons(),
      defaultMessage: () => message,
    },
  });
}

/** One attendance of `PUT /v1/activities/schedule/attendance`. */
export class AttendanceUpdateRequest {
  @ApiProperty({ description: 'The internally-generated ID for this attendance', example: 123456 })
  @IsInt({ message: 'Attendance ID must be supplied' })
  @IsPositive({ message: 'Attendance ID must be supplied' })
  @Max(MAX_ID, { message: 'Attendance ID is too large' })
  id!: number;

  @ApiProperty({ description: 'The prison ID', example: 'MDI' })
  @IsString({ message: 'Prison Id' })
  @IsNotEmpty({ message: 'Prison Id' })
  prisonId!: string;

  @ApiProperty({ description: 'The status - WAITING, COMPLETED', example: 'WAITING' })
  @IsString({ message: 'Attendance status' })
  @IsNotEmpty({ message: 'Attendance status' })
  status!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      'The reason codes- SICK, REFUSED, NOT_REQUIRED, REST, CLASH, OTHER, SUSPENDED, CANCELLED, ATTENDED',
    example: 'ATTENDED',
  })
  @IsOptional()
  @IsString()
  attendanceReason?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Prisoner has COVID-19' })
  @IsOptional()
  @IsString()
  comment?: string | null;

  @ApiPropertyOptional({
    type: Boolean,
    nullable: true,
    description: 'Should payment be issued for SICK, REST or OTHER',
  })
  @IsOptional()
  @IsBoolean()
  issuePayment?: boolean | null;

  @ApiPropertyOptional({
    type: Boolean,
    nullable: true,
    description: 'Was an incentive level warning issued for REFUSED',
  })
  @IsOptional()
  @IsBoolean()
  incentiveLevelWarningIssued?: boolean | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'The absence reason for OTHER' })
  @IsOptional()
  @IsString()
  otherAbsenceReason?: string | null;
}

/** The body of `PUT /v1/activities/schedule/{scheduleId}/deallocate`. */
export class PrisonerDeallocationRequest {
  @ApiProperty({
    description: 'The prisoner to be deallocated. Must be allocated to the schedule affected by the request.',
    example: 'A1234AA',
  })
  @IsString({ message: 'You must supply a prisoner number on the deallocation request.' })
  @IsNotEmpty({ message: 'You must supply a prisoner number on the deallocation request.' })
  prisonerNumber!: string;

  @ApiProperty({
    description: 'The reason code for the deallocation',
    example: 'RELEASED',
    enum: [
      'COMPLETED',
      'TRANSFERRED',
      'WITHDRAWN_STAFF',
      'WITHDRAWN_OWN',
      'DISMISSED',
      'HEALTH',
      'OTHER',
      'SECURITY',
    ],
  })
  @IsString({ message: 'The reason code for the deallocation request must supplied.' })
  @IsNotEmpty({ message: 'The reason code for the deallocation request must supplied.' })
  reasonCode!: string;

  @ApiProperty({
    format: 'date',
    description:
      'The future date on which this allocation will end. Must not exceed the end date of the allocation, schedule or activity.',
    example: '2023-05-24',
  })
  @IsCalendarDate({}, { message: 'End date must be a real date (yyyy-MM-dd)' })
  @FutureOrPresent('End date must not be in the past')
  endDate!: string;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'The scheduled instance id required when de-allocation is a session later today',
  })
  @IsOptional()
  @IsInt()
  @Max(MAX_ID)
  scheduleInstanceId?: number | null;
}
