import {
  ActivityScheduledInstanceForPrisoner,
  AppointmentDetails,
  HistoricalAttendance,
} from '../../domain/prisoner-activities';
import { ActivitiesJson } from './activities-json';
import { recordedOutcome, toAttendanceReason } from './activity-schedule-detailed.dto';

/** Activities API `Attendance` of a prisoner's history: without its own history or recording time. */
export function toHistoricalAttendance(json: ActivitiesJson): HistoricalAttendance {
  const reason = json.optionalObject('attendanceReason');
  return {
    id: json.number('id'),
    scheduleInstanceId: json.number('scheduleInstanceId'),
    prisonerNumber: json.string('prisonerNumber'),
    attendanceReason: reason ? toAttendanceReason(reason) : null,
    status: json.string('status'),
    payAmount: json.optionalNumber('payAmount'),
    bonusAmount: json.optionalNumber('bonusAmount'),
    pieces: json.optionalNumber('pieces'),
    ...recordedOutcome(json),
    editable: json.boolean('editable'),
    payable: json.boolean('payable'),
  };
}

/** Activities API `PrisonerScheduledActivity`. */
export function toScheduledInstance(json: ActivitiesJson): ActivityScheduledInstanceForPrisoner {
  return {
    id: json.number('scheduledInstanceId'),
    activityId: json.number('activityId'),
    sessionDate: json.string('sessionDate'),
    startTime: json.optionalString('startTime'),
    endTime: json.optionalString('endTime'),
    inCell: json.boolean('inCell'),
    onWing: json.boolean('onWing'),
    offWing: json.boolean('offWing'),
    scheduleDescription: json.optionalString('scheduleDescription'),
    activityCategory: json.string('activityCategory'),
    activitySummary: json.optionalString('activitySummary'),
    // The service's defaults when it leaves them out.
    cancelled: json.optionalBoolean('cancelled') ?? false,
    suspended: json.optionalBoolean('suspended') ?? false,
    autoSuspended: json.optionalBoolean('autoSuspended') ?? false,
    timeSlot: json.string('timeSlot'),
    issuePayment: json.optionalBoolean('issuePayment'),
    attendanceStatus: json.optionalString('attendanceStatus'),
    attendanceReasonCode: json.optionalString('attendanceReasonCode'),
    paidActivity: json.boolean('paidActivity'),
    possibleAdvanceAttendance: json.boolean('possibleAdvanceAttendance'),
  };
}

/** Activities API `AppointmentSearchResult`; its location is given by prison code and description. */
export function toAppointmentDetails(json: ActivitiesJson): AppointmentDetails {
  const location = json.optionalObject('internalLocation');
  const category = json.object('category');
  return {
    appointmentId: json.number('appointmentId'),
    appointmentType: json.string('appointmentType'),
    prisonId: json.string('prisonCode'),
    appointmentName: json.string('appointmentName'),
    attendees: json.list('attendees', (attendee) => ({ prisonerNumber: attendee.string('prisonerNumber') })),
    category: { code: category.string('code'), description: category.string('description') },
    customName: json.optionalString('customName'),
    internalLocation: location
      ? { code: location.string('prisonCode'), description: location.string('description') }
      : null,
    inCell: json.boolean('inCell'),
    startDate: json.string('startDate'),
    startTime: json.string('startTime'),
    endTime: json.optionalString('endTime'),
    timeSlot: json.string('timeSlot'),
    isRepeat: json.boolean('isRepeat'),
    sequenceNumber: json.number('sequenceNumber'),
    maxSequenceNumber: json.number('maxSequenceNumber'),
    isEdited: json.boolean('isEdited'),
    isCancelled: json.boolean('isCancelled'),
    isExpired: json.boolean('isExpired'),
  };
}
