import { ApiProperty } from '@nestjs/swagger';
import { DAYS_OF_WEEK, PrisonPayBand, Slot } from './activities';

/** An attendance or absence reason as it is recorded on an attendance. */
export class AttendanceReason {
  @ApiProperty({ example: 'SICK' })
  code!: string;

  @ApiProperty({ example: 'Sick' })
  description!: string;

  @ApiProperty()
  attended!: boolean;

  @ApiProperty()
  capturePay!: boolean;

  @ApiProperty()
  captureMoreDetail!: boolean;

  @ApiProperty()
  captureCaseNote!: boolean;

  @ApiProperty()
  captureIncentiveLevelWarning!: boolean;

  @ApiProperty()
  captureOtherText!: boolean;

  @ApiProperty()
  displayInAbsence!: boolean;

  @ApiProperty({ example: 'Maps to ACCAB in NOMIS' })
  notes!: string;
}

export class AttendanceHistory {
  @ApiProperty({ example: 123456 })
  id!: number;

  @ApiProperty({ type: AttendanceReason })
  attendanceReason!: AttendanceReason;

  @ApiProperty({ type: String, nullable: true })
  comment!: string | null;

  @ApiProperty({ format: 'date-time', example: '2023-09-10T09:30:00' })
  recordedTime!: string;

  @ApiProperty({ type: Boolean, nullable: true })
  issuePayment!: boolean | null;

  @ApiProperty({ type: Boolean, nullable: true })
  incentiveLevelWarningIssued!: boolean | null;

  @ApiProperty({ type: String, nullable: true })
  otherAbsenceReason!: string | null;

  @ApiProperty({ type: String, nullable: true })
  caseNoteText!: string | null;
}

export class Attendance {
  @ApiProperty({ example: 123456 })
  id!: number;

  @ApiProperty({ example: 123456 })
  scheduledInstanceId!: number;

  @ApiProperty({ example: 'A1234AA' })
  prisonerNumber!: string;

  @ApiProperty({ type: AttendanceReason, nullable: true })
  attendanceReason!: AttendanceReason | null;

  @ApiProperty({ type: String, nullable: true })
  comment!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  recordedTime!: string | null;

  @ApiProperty({ example: 'WAITING', description: 'WAITING or COMPLETED' })
  status!: string;

  @ApiProperty({ type: Number, nullable: true, description: 'In pence' })
  payAmount!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'In pence' })
  bonusAmount!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  pieces!: number | null;

  @ApiProperty({ type: Boolean, nullable: true })
  issuePayment!: boolean | null;

  @ApiProperty({ type: Boolean, nullable: true })
  incentiveLevelWarningIssued!: boolean | null;

  @ApiProperty({ type: String, nullable: true })
  otherAbsenceReason!: string | null;

  @ApiProperty({ type: String, nullable: true })
  caseNoteText!: string | null;

  @ApiProperty({ type: [AttendanceHistory], nullable: true })
  attendanceHistory!: AttendanceHistory[] | null;

  @ApiProperty()
  editable!: boolean;

  @ApiProperty()
  payable!: boolean;
}

export class ActivityScheduleInstance {
  @ApiProperty({ example: 123456 })
  id!: number;

  @ApiProperty({ format: 'date', example: '2023-09-10' })
  date!: string;

  @ApiProperty({ example: '09:00' })
  startTime!: string;

  @ApiProperty({ example: '11:30' })
  endTime!: string;

  @ApiProperty({ example: 'AM' })
  timeSlot!: string;

  @ApiProperty()
  cancelled!: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  cancelledTime!: string | null;

  @ApiProperty({ type: [Attendance] })
  attendances!: Attendance[];
}

export class ActivityReason {
  @ApiProperty({ example: 'HEALTH' })
  code!: string;

  @ApiProperty({ example: 'Health' })
  description!: string;
}

export class PlannedDeallocation {
  @ApiProperty({ format: 'date', example: '2023-09-10' })
  plannedDate!: string;
}

export class PlannedSuspension {
  @ApiProperty({ format: 'date', example: '2023-09-10' })
  plannedStartDate!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  plannedEndDate!: string | null;

  @ApiProperty()
  paid!: boolean;
}

export class Exclusion {
  @ApiProperty({ example: 1 })
  weekNumber!: number;

  @ApiProperty({ example: 'AM' })
  timeSlot!: string;

  @ApiProperty()
  monday!: boolean;

  @ApiProperty()
  tuesday!: boolean;

  @ApiProperty()
  wednesday!: boolean;

  @ApiProperty()
  thursday!: boolean;

  @ApiProperty()
  friday!: boolean;

  @ApiProperty()
  saturday!: boolean;

  @ApiProperty()
  sunday!: boolean;

  @ApiProperty({ type: String, nullable: true, example: '09:30' })
  customStartTime!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '11:00' })
  customEndTime!: string | null;

  @ApiProperty({ enum: DAYS_OF_WEEK, enumName: 'DayOfWeek', isArray: true })
  daysOfWeek!: string[];
}

export class ActivityScheduleAllocation {
  @ApiProperty({ example: 'A1234AA' })
  prisonerNumber!: string;

  @ApiProperty({ example: 'Maths level 1' })
  activitySummary!: string;

  @ApiProperty()
  isUnemployment!: boolean;

  @ApiProperty({ type: PrisonPayBand, nullable: true })
  prisonPayBand!: PrisonPayBand | null;

  @ApiProperty({ format: 'date', example: '2023-09-10' })
  startDate!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  endDate!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  allocatedTime!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  deallocatedTime!: string | null;

  @ApiProperty({ type: ActivityReason, nullable: true })
  deallocatedReason!: ActivityReason | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  suspendedTime!: string | null;

  @ApiProperty({ type: String, nullable: true })
  suspendedReason!: string | null;

  @ApiProperty({
    example: 'ACTIVE',
    description: 'PENDING, ACTIVE, SUSPENDED, SUSPENDED_WITH_PAY, AUTO_SUSPENDED or ENDED',
  })
  status!: string;

  @ApiProperty({ type: PlannedDeallocation, nullable: true })
  plannedDeallocation!: PlannedDeallocation | null;

  @ApiProperty({ type: PlannedSuspension, nullable: true })
  plannedSuspension!: PlannedSuspension | null;

  @ApiProperty({ type: [Exclusion] })
  exclusions!: Exclusion[];
}

export class ActivityScheduleSuspension {
  @ApiProperty({ format: 'date', example: '2023-09-10' })
  suspendedFrom!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  suspendedUntil!: string | null;
}

export class ActivityScheduleDetailed {
  @ApiProperty({ type: [ActivityScheduleInstance] })
  instances!: ActivityScheduleInstance[];

  @ApiProperty({ type: [ActivityScheduleAllocation] })
  allocations!: ActivityScheduleAllocation[];

  @ApiProperty({ example: 'Maths level 1 AM' })
  description!: string;

  @ApiProperty({ type: [ActivityScheduleSuspension] })
  suspensions!: ActivityScheduleSuspension[];

  @ApiProperty({ example: 10 })
  capacity!: number;

  @ApiProperty({ example: 1 })
  scheduleWeeks!: number;

  @ApiProperty({ type: [Slot] })
  slots!: Slot[];

  @ApiProperty({ format: 'date', example: '2023-09-10' })
  startDate!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  endDate!: string | null;

  @ApiProperty()
  runsOnBankHoliday!: boolean;

  @ApiProperty()
  usePrisonRegimeTime!: boolean;
}

/** A detailed schedule with what the writes check it against: its activity's prison and whether it pays. */
export interface ScheduleDetailsAtPrison {
  prisonCode: string | null;
  paid: boolean | null;
  schedule: ActivityScheduleDetailed;
}
