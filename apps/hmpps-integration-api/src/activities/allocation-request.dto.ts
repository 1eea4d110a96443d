import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate } from '@libs/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsPositive,
  IsString,
  Matches,
  Max,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DAYS_OF_WEEK } from '../domain/activities';
import { FutureOrPresent, MAX_ID } from './activities-write.dto';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DAY_FLAGS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** A time slot and the days of it the prisoner will not attend. */
export class AllocationExclusion {
  @ApiProperty({ example: 1 })
  @IsInt({ message: 'The week number must be a positive integer' })
  @IsPositive({ message: 'The week number must be a positive integer' })
  @Max(53, { message: 'The week number must be a positive integer' })
  weekNumber!: number;

  @ApiProperty({ example: 'AM' })
  @IsString({ message: 'The time slot must supplied' })
  @IsNotEmpty({ message: 'The time slot must supplied' })
  timeSlot!: string;

  @ApiProperty()
  @IsBoolean()
  monday!: boolean;

  @ApiProperty()
  @IsBoolean()
  tuesday!: boolean;

  @ApiProperty()
  @IsBoolean()
  wednesday!: boolean;

  @ApiProperty()
  @IsBoolean()
  thursday!: boolean;

  @ApiProperty()
  @IsBoolean()
  friday!: boolean;

  @ApiProperty()
  @IsBoolean()
  saturday!: boolean;

  @ApiProperty()
  @IsBoolean()
  sunday!: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, example: '09:30' })
  @IsOptional()
  @Matches(TIME, { message: 'customStartTime must be a time (HH:mm)' })
  customStartTime?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '11:00' })
  @IsOptional()
  @Matches(TIME, { message: 'customEndTime must be a time (HH:mm)' })
  customEndTime?: string | null;
}

/** The days an exclusion names, as day names in week order. */
export function exclusionDays(exclusion: AllocationExclusion): string[] {
  return DAY_FLAGS.flatMap((flag, index) => (exclusion[flag] ? [DAYS_OF_WEEK[index]] : []));
}

/** The body of `POST /v1/activities/schedule/{scheduleId}/allocate`. */
export class PrisonerAllocationRequest {
  @ApiProperty({ description: 'The prisoner number (Nomis ID)', example: 'A1234AA' })
  @IsString({ message: 'Prisoner number must be supplied' })
  @IsNotEmpty({ message: 'Prisoner number must be supplied' })
  @MaxLength(7, { message: 'Prisoner number cannot be more than 7 characters' })
  prisonerNumber!: string;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'The pay band of the prisoner at this activity; none for unpaid activities.',
    example: 1,
  })
  @IsOptional()
  @IsInt()
  @Max(MAX_ID)
  payBandId?: number | null;

  @ApiProperty({
    format: 'date',
    description: 'The date when the prisoner will start the activity',
    example: '2022-09-10',
  })
  @IsCalendarDate({}, { message: 'Start date must be supplied' })
  @FutureOrPresent('Start date must not be in the past')
  startDate!: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2023-09-10' })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string | null;

  @ApiPropertyOptional({ type: [AllocationExclusion], nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AllocationExclusion)
  exclusions?: AllocationExclusion[] | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Required when the allocation starts today',
  })
  @IsOptional()
  @IsInt()
  @Max(MAX_ID)
  scheduleInstanceId?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'For internal use only' })
  @IsOptional()
  @IsString()
  testEvent?: string | null;
}
