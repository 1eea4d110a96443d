import { HmppsMessageEventType } from '../hmpps-messages/hmpps-message';
import { WriteQueue } from '../hmpps-messages/hmpps-message-writer';
import { AttendanceUpdateRequest, PrisonerDeallocationRequest } from './activities-write.dto';
import { exclusionDays, PrisonerAllocationRequest } from './allocation-request.dto';

/** The queue id the Activities service reads this API's writes from (owned by that service). */
export const ACTIVITIES_QUEUE: WriteQueue = 'activities';

/** One activities write: HEAD's event type and the attributes the Activities service reads. */
export interface ActivitiesMessage {
  eventType: HmppsMessageEventType;
  messageAttributes: Record<string, unknown>;
}

/** `TestEvent` in a request's marker field: a message without attributes, and no checks (HEAD's smoke test). */
export const TEST_MESSAGE: ActivitiesMessage = { eventType: 'TEST_EVENT', messageAttributes: {} };

/** The attendances as the Activities service's attendance update takes them (`prisonCode`, no case note). */
export function attendanceMessage(requests: AttendanceUpdateRequest[]): ActivitiesMessage {
  return {
    eventType: 'MARK_PRISONER_ATTENDANCE',
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
    eventType: 'DEALLOCATE_PRISONER_FROM_ACTIVITY_SCHEDULE',
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
    eventType: 'ALLOCATE_PRISONER_TO_ACTIVITY_SCHEDULE',
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
