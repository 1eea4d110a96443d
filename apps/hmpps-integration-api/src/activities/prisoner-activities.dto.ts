import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate } from '@libs/platform';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';

/** The Activities service's time slots. */
const TIME_SLOTS = ['AM', 'PM', 'ED'];
const PRISON_CODE = /^[A-Z0-9]{1,6}$/;

/** Both dates are required and must be real dates; Activities judges the range. */
abstract class DateRangeQuery {
  @ApiProperty({ format: 'date', example: '2025-03-01' })
  @IsCalendarDate()
  startDate!: string;

  @ApiProperty({ format: 'date', example: '2025-03-31' })
  @IsCalendarDate()
  endDate!: string;
}

export class HistoricalAttendancesQuery extends DateRangeQuery {
  @ApiPropertyOptional({ description: 'Only attendances in this prison', example: 'MDI' })
  @IsOptional()
  @Matches(PRISON_CODE, { message: 'prisonId must be a prison code' })
  prisonId?: string;
}

export class ScheduledInstancesQuery extends DateRangeQuery {
  @ApiPropertyOptional({ enum: TIME_SLOTS, description: 'Only sessions in this time slot' })
  @IsOptional()
  @IsIn(TIME_SLOTS, { message: `slot must be one of ${TIME_SLOTS.join(', ')}` })
  slot?: string;
}

/** The body of `POST /v1/prison/{prisonId}/appointments/search`, sent on to Activities without its nulls. */
export class AppointmentSearchRequest {
  @ApiPropertyOptional({ enum: ['INDIVIDUAL', 'GROUP'], description: 'The appointment type of the series' })
  @IsOptional()
  @IsIn(['INDIVIDUAL', 'GROUP'])
  appointmentType?: string | null;

  @ApiProperty({
    format: 'date',
    description: 'The start date of the appointments, or the first of a range when endDate is given',
  })
  @IsCalendarDate({}, { message: 'Start date must be supplied' })
  startDate!: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'The last start date of a range',
  })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string | null;

  @ApiPropertyOptional({ enum: TIME_SLOTS, isArray: true, example: ['AM', 'PM', 'ED'] })
  @IsOptional()
  @IsArray()
  @IsIn(TIME_SLOTS, { each: true })
  timeSlots?: string[] | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'GYMW' })
  @IsOptional()
  @IsString()
  @MaxLength(12)
  categoryCode?: string | null;

  @ApiPropertyOptional({ type: Boolean, nullable: true })
  @IsOptional()
  @IsBoolean()
  inCell?: boolean | null;

  @ApiPropertyOptional({ type: [String], nullable: true, example: ['A1234BC'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  @MaxLength(10, { each: true })
  prisonerNumbers?: string[] | null;
}

/** The search as Activities takes it: the fields given, nulls left out. */
export function appointmentSearch(request: AppointmentSearchRequest): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    appointmentType: request.appointmentType,
    startDate: request.startDate,
    endDate: request.endDate,
    timeSlots: request.timeSlots,
    categoryCode: request.categoryCode,
    inCell: request.inCell,
    prisonerNumbers: request.prisonerNumbers,
  };
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== null && value !== undefined),
  );
}
