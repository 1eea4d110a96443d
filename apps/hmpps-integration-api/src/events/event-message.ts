import { EventNotification } from './event-notification';

/**
 * The message a consumer's queue receives (HEAD's `DirectSQSMessage`): shaped like the SNS notification
 * that consumers used to receive from the integration events topic, so their code reads it unchanged.
 * `Message` is the event as JSON; `MessageId` is the message's stable id (also its `eventId` attribute).
 * `TopicArn`, `SignatureVersion`, `Signature`, `SigningCertURL` and `UnsubscribeURL` are empty (nothing
 * signs a message sent straight to a queue).
 */
export interface IntegrationEventMessage {
  Type: 'Notification';
  MessageId: string;
  TopicArn: '';
  Message: string;
  Timestamp: string;
  SignatureVersion: '';
  Signature: '';
  SigningCertURL: '';
  UnsubscribeURL: '';
  MessageAttributes: { eventType: { Value: string } };
}

/** The `Message` of an integration event message: HEAD's JSON of an event notification. */
export interface IntegrationEventBody {
  eventId: number | null;
  hmppsId: string | null;
  eventType: string;
  prisonId: string | null;
  url: string;
  /** When the event was stored: UTC as a local date-time (`2026-01-31T10:15:30.123`), as HEAD's Jackson writes it. */
  lastModifiedDateTime: string;
}

export function integrationEventMessage(
  event: EventNotification,
  messageId: string,
  now: Date,
): IntegrationEventMessage {
  const body: IntegrationEventBody = {
    eventId: event.eventId,
    hmppsId: event.hmppsId,
    eventType: event.eventType,
    prisonId: event.prisonId,
    url: event.url,
    lastModifiedDateTime: localDateTime(event.lastModifiedDateTime),
  };
  return {
    Type: 'Notification',
    MessageId: messageId,
    TopicArn: '',
    Message: JSON.stringify(body),
    Timestamp: now.toISOString(),
    SignatureVersion: '',
    Signature: '',
    SigningCertURL: '',
    UnsubscribeURL: '',
    MessageAttributes: { eventType: { Value: event.eventType } },
  };
}

/** ISO local date-time in UTC, fraction without trailing zeros (none for a whole second), as `LocalDateTime` prints. */
export function localDateTime(at: Date): string {
  const [whole, fraction] = at.toISOString().slice(0, -1).split('.');
  const digits = fraction.replace(/0+$/, '');
  return digits ? `${whole}.${digits}` : whole;
}
