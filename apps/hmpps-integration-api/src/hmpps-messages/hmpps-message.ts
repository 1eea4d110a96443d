import { ApiProperty } from '@nestjs/swagger';

/**
 * HEAD's `HmppsMessageEventType`s, by constant name: `type` is the event's own name, `code` what the
 * message body's `eventType` carries (HEAD serialises the enum as its `eventTypeCode`).
 */
export const HMPPS_MESSAGE_EVENT_TYPES = {
  TEST_EVENT: { type: 'test-event', code: 'TestEvent' },
  VISIT_CREATED: { type: 'visit-someone-in-prison.visit.created', code: 'VisitCreated' },
  VISIT_UPDATED: { type: 'visit-someone-in-prison.visit.updated', code: 'VisitUpdated' },
  VISIT_CANCELLED: { type: 'visit-someone-in-prison.visit.cancelled', code: 'VisitCancelled' },
  LOCATION_DEACTIVATE: {
    type: 'locations-inside-prison.location.deactivate',
    code: 'LocationTemporarilyDeactivated',
  },
  EDUCATION_ASSESSMENT_EVENT_CREATED: {
    type: 'education-assessment-event.created',
    code: 'EducationAssessmentEventCreated',
  },
  MARK_PRISONER_ATTENDANCE: { type: 'mark-prisoner-attendance', code: 'MarkPrisonerAttendance' },
  DEALLOCATE_PRISONER_FROM_ACTIVITY_SCHEDULE: {
    type: 'deallocate-prisoner-from-activity-schedule',
    code: 'DeallocatePrisonerFromActivitySchedule',
  },
  ALLOCATE_PRISONER_TO_ACTIVITY_SCHEDULE: {
    type: 'allocate-prisoner-to-activity-schedule',
    code: 'AllocatePrisonerToActivitySchedule',
  },
  EDUCATION_COURSE_COMPLETION_CREATED: {
    type: 'education-course.completion.created',
    code: 'educationCourseCompletionCreated',
  },
} as const;

export type HmppsMessageEventType = keyof typeof HMPPS_MESSAGE_EVENT_TYPES;

/** HEAD's `HmppsMessage`: what the owning service reads from its write queue. */
export interface HmppsMessage {
  /** Also the message's outbox id, so every delivery of it carries the same `eventId`. */
  messageId: string;
  eventType: (typeof HMPPS_MESSAGE_EVENT_TYPES)[HmppsMessageEventType]['code'];
  description: null;
  messageAttributes: Record<string, unknown>;
  /** The consumer that asked for the change, where HEAD's sender names one. */
  who: string | null;
}

/** HEAD's `HmppsMessageResponse`: the write was handed on, and the owning service makes the change later. */
export class HmppsMessageResponse {
  @ApiProperty({ example: 'Attendance update written to queue' })
  message!: string;
}
