import { badRequest, conflict } from '../common/api-errors';
import { ServiceError } from '../common/service-error';
import { DAYS_OF_WEEK, Slot } from '../domain/activities';
import { ActivityScheduleDetailed } from '../domain/activity-schedule-detailed';
import { WaitingListApplication } from '../domain/activity-suitability';
import { exclusionDays, PrisonerAllocationRequest } from './allocation-request.dto';

/** HEAD's answers to a refused allocation: each names the rule that was broken. */
export const refuse = (reason: string): ServiceError => badRequest(`Invalid query parameters: ${reason}`);
export const inConflict = (reason: string): ServiceError => conflict(`Conflict: ${reason}`);

/** The rules that need nothing but the request (HEAD checks them before any upstream call). */
export function checkRequestAlone(request: PrisonerAllocationRequest, today: string): void {
  if (request.endDate && request.startDate > request.endDate) {
    throw refuse('Allocation start date must be the same as or before the end date');
  }
  if (request.startDate === today && request.scheduleInstanceId == null) {
    throw refuse('scheduleInstanceId must be provided when allocation start date is today');
  }
  const backwards = request.exclusions?.some(
    (exclusion) =>
      exclusion.customStartTime &&
      exclusion.customEndTime &&
      exclusion.customStartTime > exclusion.customEndTime,
  );
  if (backwards) throw refuse('Exclusion start time cannot be after custom end time');
}

export function checkScheduleInstance(
  request: PrisonerAllocationRequest,
  schedule: ActivityScheduleDetailed,
): void {
  const instance = request.scheduleInstanceId;
  if (instance != null && !schedule.instances.some((candidate) => candidate.id === instance)) {
    throw refuse('scheduleInstanceId not found on schedule');
  }
}

/** A paid activity needs a pay band, an unpaid one must not have one. */
export function checkPayBandPresence(request: PrisonerAllocationRequest, paid: boolean): void {
  if (paid && request.payBandId == null)
    throw refuse('Allocation must have a pay band when the activity is paid');
  if (!paid && request.payBandId != null) {
    throw refuse('Allocation cannot have a pay band when the activity is unpaid');
  }
}

export function checkWithinSchedule(
  request: PrisonerAllocationRequest,
  schedule: ActivityScheduleDetailed,
): void {
  const { startDate, endDate } = schedule;
  if (request.startDate < startDate) {
    throw refuse(`Allocation start date must not be before the activity schedule start date (${startDate})`);
  }
  if (endDate === null) return;
  if (request.endDate && request.endDate > endDate) {
    throw refuse(`Allocation end date must not be after the activity schedule end date (${endDate})`);
  }
  if (request.startDate > endDate) {
    throw refuse(`Allocation start date cannot be after the activity schedule end date (${endDate})`);
  }
}

export function checkNotAllocated(
  request: PrisonerAllocationRequest,
  schedule: ActivityScheduleDetailed,
): void {
  const allocation = schedule.allocations.find(
    (candidate) => candidate.prisonerNumber === request.prisonerNumber,
  );
  if (allocation && allocation.status !== 'ENDED') {
    throw refuse(
      `Prisoner with ${request.prisonerNumber} is already allocated to schedule ${schedule.description}.`,
    );
  }
}

function slotDays(slot: Slot): string[] {
  const flags = [
    slot.mondayFlag,
    slot.tuesdayFlag,
    slot.wednesdayFlag,
    slot.thursdayFlag,
    slot.fridayFlag,
    slot.saturdayFlag,
    slot.sundayFlag,
  ];
  return DAYS_OF_WEEK.filter((_, index) => flags[index]);
}

/** Each exclusion must fall on a slot of the schedule: same week and time slot, on days the slot runs. */
export function checkExclusionSlots(
  request: PrisonerAllocationRequest,
  schedule: ActivityScheduleDetailed,
  scheduleId: string,
): void {
  for (const exclusion of request.exclusions ?? []) {
    const days = exclusionDays(exclusion);
    const matched = schedule.slots.some(
      (slot) =>
        slot.weekNumber === exclusion.weekNumber &&
        slot.timeSlot === exclusion.timeSlot &&
        days.every((day) => slotDays(slot).includes(day)),
    );
    if (!matched) {
      throw refuse(
        `No ${exclusion.timeSlot} slots in week number ${exclusion.weekNumber} for schedule ${scheduleId}`,
      );
    }
  }
}

/** A pending application must be approved first, and a prisoner may hold only one approved one. */
export function checkWaitingList(prisonerNumber: string, applications: WaitingListApplication[]): void {
  const own = applications.filter((application) => application.prisonerNumber === prisonerNumber);
  if (own.some((application) => application.status === 'PENDING')) {
    throw inConflict(
      'Prisoner has a PENDING waiting list application. It must be APPROVED before they can be allocated.',
    );
  }
  if (own.filter((application) => application.status === 'APPROVED').length > 1) {
    throw inConflict(
      'Prisoner has more than one APPROVED waiting list application. A prisoner can only have one approved waiting list application.',
    );
  }
}
