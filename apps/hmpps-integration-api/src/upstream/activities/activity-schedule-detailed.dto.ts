import {
  ActivityReason,
  ActivityScheduleAllocation,
  ActivityScheduleInstance,
  Attendance,
  AttendanceHistory,
  AttendanceReason,
  Exclusion,
  ScheduleDetailsAtPrison,
} from '../../domain/activity-schedule-detailed';
import { ActivitiesJson } from './activities-json';
import { toPrisonPayBand, toSlot } from './activities.dto';

export function toAttendanceReason(json: ActivitiesJson): AttendanceReason {
  return {
    code: json.string('code'),
    description: json.string('description'),
    attended: json.boolean('attended'),
    capturePay: json.boolean('capturePay'),
    captureMoreDetail: json.boolean('captureMoreDetail'),
    captureCaseNote: json.boolean('captureCaseNote'),
    captureIncentiveLevelWarning: json.boolean('captureIncentiveLevelWarning'),
    captureOtherText: json.boolean('captureOtherText'),
    displayInAbsence: json.boolean('displayInAbsence'),
    notes: json.string('notes'),
  };
}

/** The fields an attendance and each entry of its history share. */
export function recordedOutcome(json: ActivitiesJson) {
  return {
    comment: json.optionalString('comment'),
    issuePayment: json.optionalBoolean('issuePayment'),
    incentiveLevelWarningIssued: json.optionalBoolean('incentiveLevelWarningIssued'),
    otherAbsenceReason: json.optionalString('otherAbsenceReason'),
    caseNoteText: json.optionalString('caseNoteText'),
  };
}

function toAttendanceHistory(json: ActivitiesJson): AttendanceHistory {
  const { comment, ...outcome } = recordedOutcome(json);
  return {
    id: json.number('id'),
    attendanceReason: toAttendanceReason(json.object('attendanceReason')),
    comment,
    recordedTime: json.string('recordedTime'),
    ...outcome,
  };
}

/** Activities API `Attendance` (who recorded it stays upstream). */
export function toAttendance(json: ActivitiesJson): Attendance {
  const reason = json.optionalObject('attendanceReason');
  const history = json.optionalList('attendanceHistory', toAttendanceHistory);
  const { comment, ...outcome } = recordedOutcome(json);
  return {
    id: json.number('id'),
    scheduledInstanceId: json.number('scheduledInstanceId'),
    prisonerNumber: json.string('prisonerNumber'),
    attendanceReason: reason ? toAttendanceReason(reason) : null,
    comment,
    recordedTime: json.optionalString('recordedTime'),
    status: json.string('status'),
    payAmount: json.optionalNumber('payAmount'),
    bonusAmount: json.optionalNumber('bonusAmount'),
    pieces: json.optionalNumber('pieces'),
    ...outcome,
    attendanceHistory: history,
    editable: json.boolean('editable'),
    payable: json.boolean('payable'),
  };
}

function toInstance(json: ActivitiesJson): ActivityScheduleInstance {
  return {
    id: json.number('id'),
    date: json.string('date'),
    startTime: json.string('startTime'),
    endTime: json.string('endTime'),
    timeSlot: json.string('timeSlot'),
    cancelled: json.boolean('cancelled'),
    cancelledTime: json.optionalString('cancelledTime'),
    attendances: json.list('attendances', toAttendance),
  };
}

function toActivityReason(json: ActivitiesJson): ActivityReason {
  return { code: json.string('code'), description: json.string('description') };
}

export function toExclusion(json: ActivitiesJson): Exclusion {
  return {
    weekNumber: json.number('weekNumber'),
    timeSlot: json.string('timeSlot'),
    monday: json.boolean('monday'),
    tuesday: json.boolean('tuesday'),
    wednesday: json.boolean('wednesday'),
    thursday: json.boolean('thursday'),
    friday: json.boolean('friday'),
    saturday: json.boolean('saturday'),
    sunday: json.boolean('sunday'),
    customStartTime: json.optionalString('customStartTime'),
    customEndTime: json.optionalString('customEndTime'),
    // HEAD holds them as a set: each day once.
    daysOfWeek: [...new Set(json.strings('daysOfWeek'))],
  };
}

function toAllocation(json: ActivitiesJson): ActivityScheduleAllocation {
  const payBand = json.optionalObject('prisonPayBand');
  const deallocatedReason = json.optionalObject('deallocatedReason');
  const plannedDeallocation = json.optionalObject('plannedDeallocation');
  const plannedSuspension = json.optionalObject('plannedSuspension');
  return {
    prisonerNumber: json.string('prisonerNumber'),
    activitySummary: json.string('activitySummary'),
    isUnemployment: json.boolean('isUnemployment'),
    prisonPayBand: payBand ? toPrisonPayBand(payBand) : null,
    startDate: json.string('startDate'),
    endDate: json.optionalString('endDate'),
    allocatedTime: json.optionalString('allocatedTime'),
    deallocatedTime: json.optionalString('deallocatedTime'),
    deallocatedReason: deallocatedReason ? toActivityReason(deallocatedReason) : null,
    suspendedTime: json.optionalString('suspendedTime'),
    suspendedReason: json.optionalString('suspendedReason'),
    status: json.string('status'),
    plannedDeallocation: plannedDeallocation
      ? { plannedDate: plannedDeallocation.string('plannedDate') }
      : null,
    plannedSuspension: plannedSuspension
      ? {
          plannedStartDate: plannedSuspension.string('plannedStartDate'),
          plannedEndDate: plannedSuspension.optionalString('plannedEndDate'),
          paid: plannedSuspension.boolean('paid'),
        }
      : null,
    exclusions: json.list('exclusions', toExclusion),
  };
}

/** Activities API `ActivitySchedule` (detailed), with its activity's prison and pay for the checks. */
export function toScheduleDetailsAtPrison(json: ActivitiesJson): ScheduleDetailsAtPrison {
  const activity = json.optionalObject('activity');
  return {
    prisonCode: activity?.optionalString('prisonCode') ?? null,
    paid: activity?.optionalBoolean('paid') ?? null,
    schedule: {
      instances: json.list('instances', toInstance),
      allocations: json.list('allocations', toAllocation),
      description: json.string('description'),
      suspensions: json.list('suspensions', (suspension) => ({
        suspendedFrom: suspension.string('suspendedFrom'),
        suspendedUntil: suspension.optionalString('suspendedUntil'),
      })),
      capacity: json.number('capacity'),
      scheduleWeeks: json.number('scheduleWeeks'),
      slots: json.list('slots', toSlot),
      startDate: json.string('startDate'),
      endDate: json.optionalString('endDate'),
      runsOnBankHoliday: json.boolean('runsOnBankHoliday'),
      usePrisonRegimeTime: json.boolean('usePrisonRegimeTime'),
    },
  };
}
