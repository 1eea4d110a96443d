import { AttendanceUpdateRequest, PrisonerDeallocationRequest } from './activities-write.dto';
import { exclusionDays, PrisonerAllocationRequest } from './allocation-request.dto';

/** The queue id the Activities service reads this API's writes from (owned by that service). */
export const ACTIVITIES_QUEUE = 'activities';

/**
 * HEAD's `HmppsMessageEventType`s of the activities writes: `code` is the body's `eventType`, `name`
 * the message's `eventType` attribute (HEAD sends the enum constant's name there).
 */
export const ACTIVITIES_EVENTS = {
  TEST_EVENT: { name: 'TEST_EVENT', code: 'TestEvent' },
  MARK_PRISONER_ATTENDANCE: { name: 'MARK_PRISONER_ATTENDANCE', code: 'MarkPrisonerAttendance' },
  DEALLOCATE_PRISONER_FROM_ACTIVITY_SCHEDULE: {
    name: 'DEALLOCATE_PRISONER_FROM_ACTIVITY_SCHEDULE',
    code: 'DeallocatePrisonerFromActivitySchedule',
  },
  ALLOCATE_PRISONER_TO_ACTIVITY_SCHEDULE: {
    name: 'ALLOCATE_PRISONER_TO_ACTIVITY_SCHEDULE',
    code: 'AllocatePrisonerToActivitySchedule',
  },
} as const;

export type ActivitiesEvent = (typeof ACTIVITIES_EVENTS)[keyof typeof ACTIVITIES_EVENTS];

/** HEAD's `HmppsMessage`, the body the Activities service reads. */
export interface HmppsMessage {
  messageId: string;
  eventType: string;
  description: null;
  messageAttributes: Record<string, unknown>;
  who: string;
}

export interface ActivitiesMessage {
  event: ActivitiesEvent;
  messageAttributes: Record<string, unknown>;
}

/** `TestEvent` in a request's marker field: a message without attributes, and no checks (HEAD's smoke test). */
export const TEST_MESSAGE: ActivitiesMessage = { event: ACTIVITIES_EVENTS.TEST_EVENT, messageAttributes: {} };

export function hmppsMessage(messageId: string, message: ActivitiesMessage, who: string): HmppsMessage {
  return {
    messageId,
    eventType: message.event.code,
    description: null,
    messageAttributes: message.messageAttributes,
    who,
  };
}

/** The attendances as the Activities service's attendance update takes them (`prisonCode`, no case note). */
export function attendanceMessage(requests: AttendanceUpdateRequest[]): ActivitiesMessage {
  return {
    event: ACTIVITIES_EVENTS.MARK_PRISONER_ATTENDANCE,
    messageAttributes: {
      attendanceUpdateRequests: requests.map((request) => ({
        id: request.id,
        prisonCode: request.prisonId,
        status: request.status,
        attendanceReason: request.attendanceReason ?? null,
        comment: request.comment ?? null,
        issuePayment: request.issuePayment ?? null,
        caseNote: null,
        incentiveLevelWarningIssued: request.incentiveLevelWarningIssued ?? null,
        otherAbsenceReason: request.otherAbsenceReason ?? null,
      })),
    },
  };
}

export function deallocationMessage(
  scheduleId: number,
  request: PrisonerDeallocationRequest,
): ActivitiesMessage {
  return {
    event: ACTIVITIES_EVENTS.DEALLOCATE_PRISONER_FROM_ACTIVITY_SCHEDULE,
    messageAttributes: {
      scheduleId,
      prisonerNumbers: [request.prisonerNumber],
      reasonCode: request.reasonCode,
      endDate: request.endDate,
      scheduleInstanceId: request.scheduleInstanceId ?? null,
    },
  };
}

export function allocationMessage(scheduleId: number, request: PrisonerAllocationRequest): ActivitiesMessage {
  return {
    event: ACTIVITIES_EVENTS.ALLOCATE_PRISONER_TO_ACTIVITY_SCHEDULE,
    messageAttributes: {
      scheduleId,
      prisonerNumber: request.prisonerNumber,
      payBandId: request.payBandId ?? null,
      startDate: request.startDate,
      endDate: request.endDate ?? null,
      exclusions:
        request.exclusions?.map((exclusion) => ({
          timeSlot: exclusion.timeSlot,
          weekNumber: exclusion.weekNumber,
          monday: exclusion.monday,
          tuesday: exclusion.tuesday,
          wednesday: exclusion.wednesday,
          thursday: exclusion.thursday,
          friday: exclusion.friday,
          saturday: exclusion.saturday,
          sunday: exclusion.sunday,
          customStartTime: exclusion.customStartTime ?? null,
          customEndTime: exclusion.customEndTime ?? null,
          daysOfWeek: exclusionDays(exclusion),
        })) ?? null,
      scheduleInstanceId: request.scheduleInstanceId ?? null,
    },
  };
}
