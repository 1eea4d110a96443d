import { Injectable, Logger } from '@nestjs/common';
import { AwsClients, Outbox, OutboxEntry } from '@libs/queue';
import { randomUUID } from 'node:crypto';
import { AppConfig } from '../config';
import { ConsumerAuthorisationService } from '../consumers/consumer-authorisation.service';
import { integrationEventMessage } from './event-message';
import { EventNotification } from './event-notification';
import { EventRecipient, eventRecipients, mayReceive } from './event-recipients';
import { EventsMetrics } from './events.metrics';

/**
 * Who gets an integration event, and the outbox messages that carry it to them: one per consumer with a
 * queue that may call the event's operation and whose prison and supervision-status filters the event
 * passes. Suspended consumers get nothing; each event they miss is logged (HEAD's behaviour).
 */
@Injectable()
export class EventDelivery {
  private readonly logger = new Logger(EventDelivery.name);
  private readonly recipients: EventRecipient[];

  constructor(
    authorisation: ConsumerAuthorisationService,
    clients: AwsClients,
    appConfig: AppConfig,
    private readonly outbox: Outbox,
    private readonly metrics: EventsMetrics,
  ) {
    const all = eventRecipients(authorisation.consumers().values());
    const unconfigured = all.filter((recipient) => !clients.queue(recipient.queueId));
    if (unconfigured.length > 0) {
      const names = unconfigured.map(
        ({ consumer, queueId }) =>
          `${consumer} (queue ${queueId}: HMPPS_SQS_QUEUES_${queueId.toUpperCase()}_QUEUE_NAME)`,
      );
      // A production consumer must get its events; locally a consumer file may name queues nobody set up.
      if (appConfig.values.production)
        throw new Error(`the event queues of these consumers are not configured: ${names.join(', ')}`);
      this.logger.warn(
        `no integration events for consumers whose queue is not configured: ${names.join(', ')}`,
      );
    }
    this.recipients = all.filter((recipient) => !unconfigured.includes(recipient));
  }

  /** The consumers receiving events, by name (for logs and tests). */
  consumers(): string[] {
    return this.recipients.map((recipient) => recipient.consumer);
  }

  /** The messages of one event, one per consumer that receives it. */
  messagesFor(event: EventNotification, now = new Date()): OutboxEntry[] {
    const entries: OutboxEntry[] = [];
    for (const recipient of this.recipients) {
      if (!mayReceive(recipient, event)) continue;
      if (recipient.suspended) {
        this.logger.warn(
          `Not sending ${event.eventType} event ${event.eventId ?? '(not stored)'} to suspended consumer ${recipient.consumer} (queue ${recipient.queueId})`,
        );
        this.metrics.countMessages('suspended', 1);
        continue;
      }
      const id = randomUUID();
      entries.push({
        kind: 'queue',
        destination: recipient.queueId,
        id,
        body: integrationEventMessage(event, id, now),
        attributes: { eventType: event.eventType },
      });
    }
    return entries;
  }

  /** Without de-duplication: each event goes to the outbox at once (HEAD's `DirectDomainEventService`). */
  async sendNow(events: Omit<EventNotification, 'eventId' | 'lastModifiedDateTime'>[]): Promise<void> {
    const now = new Date();
    const entries = events.flatMap((event) =>
      this.messagesFor({ ...event, eventId: null, lastModifiedDateTime: now }, now),
    );
    if (entries.length === 0) return;
    await this.outbox.add(entries);
    this.metrics.countMessages('queued', entries.length);
  }
}
