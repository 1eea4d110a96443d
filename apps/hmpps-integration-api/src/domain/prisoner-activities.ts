import { ApiProperty } from '@nestjs/swagger';
import { InternalLocation } from './activities';
import { AttendanceReason } from './activity-schedule-detailed';

/** A past attendance of a prisoner (without its history or who recorded it). */
export class HistoricalAttendance {
  @ApiProperty({ example: 123456 })
  id!: number;

  @ApiProperty({ example: 123456 })
  scheduleInstanceId!: number;

  @ApiProperty({ example: 'A1234AA' })
  prisonerNumber!: string;

  @ApiProperty({ type: AttendanceReason, nullable: true })
  attendanceReason!: AttendanceReason | null;

  @ApiProperty({ type: String, nullable: true })
  comment!: string | null;

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

  @ApiProperty()
  editable!: boolean;

  @ApiProperty()
  payable!: boolean;
}

/** One session of an activity a prisoner is allocated to. */
export class ActivityScheduledInstanceForPrisoner {
  @ApiProperty({ example: 7001, description: 'The scheduled instance id' })
  id!: number;

  @ApiProperty({ example: 1 })
  activityId!: number;

  @ApiProperty({ format: 'date', example: '2025-03-03' })
  sessionDate!: string;

  @ApiProperty({ type: String, format: 'time', nullable: true, example: '09:00' })
  startTime!: string | null;

  @ApiProperty({ type: String, format: 'time', nullable: true, example: '11:30' })
  endTime!: string | null;

  @ApiProperty()
  inCell!: boolean;

  @ApiProperty()
  onWing!: boolean;

  @ApiProperty()
  offWing!: boolean;

  @ApiProperty({ type: String, nullable: true })
  scheduleDescription!: string | null;

  @ApiProperty({ example: 'SAA_EDUCATION' })
  activityCategory!: string;

  @ApiProperty({ type: String, nullable: true })
  activitySummary!: string | null;

  @ApiProperty()
  cancelled!: boolean;

  @ApiProperty()
  suspended!: boolean;

  @ApiProperty()
  autoSuspended!: boolean;

  @ApiProperty({ example: 'AM' })
  timeSlot!: string;

  @ApiProperty({ type: Boolean, nullable: true })
  issuePayment!: boolean | null;

  @ApiProperty({ type: String, nullable: true })
  attendanceStatus!: string | null;

  @ApiProperty({ type: String, nullable: true })
  attendanceReasonCode!: string | null;

  @ApiProperty()
  paidActivity!: boolean;

  @ApiProperty()
  possibleAdvanceAttendance!: boolean;
}

export class Attendee {
  @ApiProperty({ example: 'A1234AA' })
  prisonerNumber!: string;
}

export class AppointmentCategory {
  @ApiProperty({ example: 'GYMW' })
  code!: string;

  @ApiProperty({ example: 'Gym - Weights' })
  description!: string;
}

export class AppointmentDetails {
  @ApiProperty({ example: 123456 })
  appointmentId!: number;

  @ApiProperty({ example: 'INDIVIDUAL', description: 'INDIVIDUAL or GROUP' })
  appointmentType!: string;

  @ApiProperty({ example: 'MDI' })
  prisonId!: string;

  @ApiProperty({ example: 'Gym - Weights (GYMW)' })
  appointmentName!: string;

  @ApiProperty({ type: [Attendee] })
  attendees!: Attendee[];

  @ApiProperty({ type: AppointmentCategory })
  category!: AppointmentCategory;

  @ApiProperty({ type: String, nullable: true })
  customName!: string | null;

  @ApiProperty({ type: InternalLocation, nullable: true })
  internalLocation!: InternalLocation | null;

  @ApiProperty()
  inCell!: boolean;

  @ApiProperty({ format: 'date', example: '2025-03-03' })
  startDate!: string;

  @ApiProperty({ example: '09:00' })
  startTime!: string;

  @ApiProperty({ type: String, nullable: true, example: '10:30' })
  endTime!: string | null;

  @ApiProperty({ example: 'AM' })
  timeSlot!: string;

  @ApiProperty()
  isRepeat!: boolean;

  @ApiProperty({ example: 1 })
  sequenceNumber!: number;

  @ApiProperty({ example: 1 })
  maxSequenceNumber!: number;

  @ApiProperty()
  isEdited!: boolean;

  @ApiProperty()
  isCancelled!: boolean;

  @ApiProperty()
  isExpired!: boolean;
}
