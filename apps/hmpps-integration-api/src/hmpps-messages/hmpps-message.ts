import { ApiProperty } from '@nestjs/swagger';

/**
 * HEAD's `HmppsMessageEventType`s for the write queues this app sends to. The body carries the code; the
 * `eventType` message attribute carries the constant's name (HEAD sets it from the enum's `toString()`).
 */
export const HMPPS_MESSAGE_EVENT_TYPES = {
  TEST_EVENT: 'TestEvent',
  VISIT_CREATED: 'VisitCreated',
  VISIT_UPDATED: 'VisitUpdated',
  VISIT_CANCELLED: 'VisitCancelled',
  LOCATION_DEACTIVATE: 'LocationTemporarilyDeactivated',
} as const;

export type HmppsMessageEventType = keyof typeof HMPPS_MESSAGE_EVENT_TYPES;

/** HEAD's `HmppsMessage`: what the owning service reads from its write queue. */
export interface HmppsMessage {
  messageId: string;
  eventType: (typeof HMPPS_MESSAGE_EVENT_TYPES)[HmppsMessageEventType];
  description: null;
  messageAttributes: Record<string, unknown>;
  /** The consumer that asked for the change. */
  who: string | null;
}

/** The answer to a write: the message was queued for the owning service, which makes the change later. */
export class HmppsMessageResponse {
  @ApiProperty({ example: 'Deactivate location written to queue' })
  message!: string;
}
