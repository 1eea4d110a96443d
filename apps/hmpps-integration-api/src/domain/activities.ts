import { ApiProperty } from '@nestjs/swagger';

/**
 * The Activities and Appointments models the API answers with. Each class is both the domain type the
 * Activities gateway returns and the response schema of the operations that answer it.
 */

export const DAYS_OF_WEEK = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

export class ReasonForAttendance {
  @ApiProperty({ example: 1 })
  id!: number;

  @ApiProperty({ example: 'SICK' })
  code!: string;

  @ApiProperty({ example: 'Sick' })
  description!: string;

  @ApiProperty({ description: 'Whether the reason counts as attended' })
  attended!: boolean;

  @ApiProperty({ example: 'Maps to ACCAB in NOMIS' })
  notes!: string;
}

export class DeallocationReason {
  @ApiProperty({ example: 'RELEASED' })
  code!: string;

  @ApiProperty({ example: 'Released from prison' })
  description!: string;
}

export class PrisonRegime {
  @ApiProperty({ example: '09:00' })
  amStart!: string;

  @ApiProperty({ example: '12:00' })
  amFinish!: string;

  @ApiProperty({ example: '13:00' })
  pmStart!: string;

  @ApiProperty({ example: '16:30' })
  pmFinish!: string;

  @ApiProperty({ example: '18:00' })
  edStart!: string;

  @ApiProperty({ example: '20:00' })
  edFinish!: string;

  @ApiProperty({ enum: DAYS_OF_WEEK, enumName: 'DayOfWeek' })
  dayOfWeek!: string;
}

export class PrisonPayBand {
  @ApiProperty({ example: 123456 })
  id!: number;

  @ApiProperty({ example: 'Low' })
  alias!: string;

  @ApiProperty({ example: 'Pay band 1' })
  description!: string;
}

export class ActivityCategory {
  @ApiProperty({ example: 'LEISURE_SOCIAL' })
  code!: string;

  @ApiProperty({ example: 'Leisure and social' })
  name!: string;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;
}

export class RunningActivity {
  @ApiProperty({ example: 123456 })
  id!: number;

  @ApiProperty({ type: String, nullable: true, example: 'Maths level 1' })
  activityName!: string | null;

  @ApiProperty({ type: ActivityCategory })
  category!: ActivityCategory;

  @ApiProperty({ description: 'How many prisoners the activity can take' })
  capacity!: number;

  @ApiProperty()
  allocated!: number;

  @ApiProperty()
  waitlisted!: number;

  @ApiProperty({ example: 'LIVE' })
  activityState!: string;
}

export class InternalLocation {
  @ApiProperty({ example: 'EDU-ROOM-1' })
  code!: string;

  @ApiProperty({ example: 'Education - R1' })
  description!: string;
}

export class Slot {
  @ApiProperty({ example: 123456 })
  id!: number;

  @ApiProperty({ example: 'AM' })
  timeSlot!: string;

  @ApiProperty({ example: 1 })
  weekNumber!: number;

  @ApiProperty({ example: '09:00' })
  startTime!: string;

  @ApiProperty({ example: '11:30' })
  endTime!: string;

  @ApiProperty({ type: [String], example: ['Mon', 'Tue'] })
  daysOfWeek!: string[];

  @ApiProperty()
  mondayFlag!: boolean;

  @ApiProperty()
  tuesdayFlag!: boolean;

  @ApiProperty()
  wednesdayFlag!: boolean;

  @ApiProperty()
  thursdayFlag!: boolean;

  @ApiProperty()
  fridayFlag!: boolean;

  @ApiProperty()
  saturdayFlag!: boolean;

  @ApiProperty()
  sundayFlag!: boolean;
}

export class ActivitySchedule {
  @ApiProperty({ example: 123456 })
  id!: number;

  @ApiProperty({ example: 'Monday AM Houseblock 3' })
  description!: string;

  @ApiProperty({ type: InternalLocation, nullable: true })
  internalLocation!: InternalLocation | null;

  @ApiProperty({ example: 10 })
  capacity!: number;

  @ApiProperty({ description: 'How many weeks the schedule repeats over', example: 1 })
  scheduleWeeks!: number;

  @ApiProperty({ type: [Slot] })
  slots!: Slot[];

  @ApiProperty({ format: 'date', example: '2022-09-21' })
  startDate!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2022-10-21' })
  endDate!: string | null;

  @ApiProperty({ description: "Whether the slots take the prison regime's times" })
  usePrisonRegimeTime!: boolean;
}

/** A schedule with the prison its activity runs in, which decides whether a consumer may see it. */
export interface ActivityScheduleAtPrison {
  prisonCode: string | null;
  schedule: ActivitySchedule;
}
