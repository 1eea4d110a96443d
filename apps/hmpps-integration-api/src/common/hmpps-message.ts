import { randomUUID } from 'node:crypto';
import { ApiProperty } from '@nestjs/swagger';

/**
 * The messages the API writes to other services' queues (HEAD's `HmppsMessage`): the body names the
 * event by its code, the `eventType` message attribute by its type, as HEAD's SQS library sets it.
 */
export const HMPPS_MESSAGE_EVENT_TYPES = {
  EDUCATION_ASSESSMENT_EVENT_CREATED: {
    type: 'education-assessment-event.created',
    code: 'EducationAssessmentEventCreated',
  },
  EDUCATION_COURSE_COMPLETION_CREATED: {
    type: 'education-course.completion.created',
    code: 'educationCourseCompletionCreated',
  },
} as const;

export type HmppsMessageEventType = keyof typeof HMPPS_MESSAGE_EVENT_TYPES;

export interface HmppsMessage {
  messageId: string;
  eventType: string;
  description: string | null;
  messageAttributes: Record<string, unknown>;
  who: string | null;
}

/** A message body and the attributes it is sent with; its `messageId` is also the outbox id. */
export function hmppsMessage(
  eventType: HmppsMessageEventType,
  messageAttributes: Record<string, unknown>,
): { body: HmppsMessage; attributes: Record<string, string> } {
  const { type, code } = HMPPS_MESSAGE_EVENT_TYPES[eventType];
  return {
    body: { messageId: randomUUID(), eventType: code, description: null, messageAttributes, who: null },
    attributes: { eventType: type },
  };
}

/** What a write that only sends a message answers (HEAD's `HmppsMessageResponse`). */
export class HmppsMessageResponse {
  @ApiProperty({ example: 'Education status update event written to queue' })
  message!: string;
}
