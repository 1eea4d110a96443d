import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Matches } from 'class-validator';

/** HEAD's ids are Kotlin `Long`s: anything but a whole number is refused before any upstream call. */
const LONG_ID = /^\d{1,18}$/;

/** A whole number as HEAD's `Long` has it (`0100` is 100, as upstream, messages and audit see it). */
const asLong = ({ value }: { value: unknown }) =>
  typeof value === 'string' && LONG_ID.test(value) ? BigInt(value).toString() : value;

export class ActivityIdParams {
  @ApiProperty({ description: 'The ID of the activity', type: 'integer', format: 'int64' })
  @Transform(asLong)
  @Matches(LONG_ID, { message: 'Invalid activityId: must be a whole number' })
  activityId!: string;
}

export class ScheduleIdParams {
  @ApiProperty({ description: 'The ID of the schedule', type: 'integer', format: 'int64' })
  @Transform(asLong)
  @Matches(LONG_ID, { message: 'Invalid scheduleId: must be a whole number' })
  scheduleId!: string;
}
