import {
  ActivityCategory,
  ActivitySchedule,
  ActivityScheduleAtPrison,
  DeallocationReason,
  InternalLocation,
  PrisonPayBand,
  PrisonRegime,
  ReasonForAttendance,
  RunningActivity,
  Slot,
} from '../../domain/activities';
import { ActivitiesJson } from './activities-json';

/** Activities API `AttendanceReason`. */
export function toReasonForAttendance(json: ActivitiesJson): ReasonForAttendance {
  return {
    id: json.number('id'),
    code: json.string('code'),
    description: json.string('description'),
    attended: json.boolean('attended'),
    notes: json.string('notes'),
  };
}

/** Activities API `DeallocationReason`. */
export function toDeallocationReason(json: ActivitiesJson): DeallocationReason {
  return { code: json.string('code'), description: json.string('description') };
}

/** Activities API `PrisonRegime` (its id and prison code stay upstream). */
export function toPrisonRegime(json: ActivitiesJson): PrisonRegime {
  return {
    amStart: json.string('amStart'),
    amFinish: json.string('amFinish'),
    pmStart: json.string('pmStart'),
    pmFinish: json.string('pmFinish'),
    edStart: json.string('edStart'),
    edFinish: json.string('edFinish'),
    dayOfWeek: json.string('dayOfWeek'),
  };
}

/** Activities API `PrisonPayBand`. */
export function toPrisonPayBand(json: ActivitiesJson): PrisonPayBand {
  return { id: json.number('id'), alias: json.string('alias'), description: json.string('description') };
}

function toActivityCategory(json: ActivitiesJson): ActivityCategory {
  return {
    code: json.string('code'),
    name: json.string('name'),
    description: json.optionalString('description'),
  };
}

/** Activities API `ActivitySummary` of a prison's running activities. */
export function toRunningActivity(json: ActivitiesJson): RunningActivity {
  return {
    id: json.number('id'),
    activityName: json.optionalString('activityName'),
    category: toActivityCategory(json.object('category')),
    capacity: json.number('capacity'),
    allocated: json.number('allocated'),
    waitlisted: json.number('waitlisted'),
    activityState: json.string('activityState'),
  };
}

export function toInternalLocation(json: ActivitiesJson): InternalLocation {
  return { code: json.string('code'), description: json.string('description') };
}

export function toSlot(json: ActivitiesJson): Slot {
  return {
    id: json.number('id'),
    timeSlot: json.string('timeSlot'),
    weekNumber: json.number('weekNumber'),
    startTime: json.string('startTime'),
    endTime: json.string('endTime'),
    daysOfWeek: json.strings('daysOfWeek'),
    mondayFlag: json.boolean('mondayFlag'),
    tuesdayFlag: json.boolean('tuesdayFlag'),
    wednesdayFlag: json.boolean('wednesdayFlag'),
    thursdayFlag: json.boolean('thursdayFlag'),
    fridayFlag: json.boolean('fridayFlag'),
    saturdayFlag: json.boolean('saturdayFlag'),
    sundayFlag: json.boolean('sundayFlag'),
  };
}

/** Activities API `ActivityScheduleLite`: the schedule, and its activity's prison for the prisons filter. */
export function toActivityScheduleAtPrison(json: ActivitiesJson): ActivityScheduleAtPrison {
  const location = json.optionalObject('internalLocation');
  const schedule: ActivitySchedule = {
    id: json.number('id'),
    description: json.string('description'),
    internalLocation: location ? toInternalLocation(location) : null,
    capacity: json.number('capacity'),
    scheduleWeeks: json.number('scheduleWeeks'),
    slots: json.list('slots', toSlot),
    startDate: json.string('startDate'),
    endDate: json.optionalString('endDate'),
    usePrisonRegimeTime: json.boolean('usePrisonRegimeTime'),
  };
  return { prisonCode: json.optionalObject('activity')?.optionalString('prisonCode') ?? null, schedule };
}
