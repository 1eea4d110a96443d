import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Outbox, OutboxEntry, OutboxRelay } from '@libs/queue';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EventDelivery } from './event-delivery.service';
import { EventNotification } from './event-notification';
import { EventNotificationStore } from './event-notification.store';
import type { EventsSettings } from './events.config';
import { EventsMetrics } from './events.metrics';
import { EVENTS_SETTINGS } from './events.tokens';
import { ScheduledJob } from './scheduled-job';

/**
 * How long a claim is held before another replica may take its events over: far longer than a pass takes
 * (a pass does no network I/O besides the database), so only a replica that died loses its claim.
 */
export const CLAIM_LEASE_SECONDS = 300;

interface PreparedEvent {
  event: EventNotification;
  messages: OutboxEntry[];
}

/**
 * HEAD's `SendEventsService`, on every replica: each pass reports stuck events, claims the pending events
 * older than the delay (oldest first, up to the batch size, with a fresh claim id), and hands each to
 * the outbox, one message per consumer that receives it, in the same transaction that marks it
 * PROCESSED. The relay then sends the messages, at least once, with a stable `eventId`. So an event is
 * delivered to each consumer once: one replica claims it, and its messages exist if and only if it was
 * marked processed. A full batch is followed by the next at once rather than after the interval.
 */
@Injectable()
export class EventPublisher extends ScheduledJob {
  protected readonly logger = new Logger(EventPublisher.name);

  constructor(
    private readonly store: EventNotificationStore,
    private readonly delivery: EventDelivery,
    private readonly outbox: Outbox,
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
    private readonly metrics: EventsMetrics,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENTS_SETTINGS) private readonly settings: EventsSettings,
  ) {
    super('publishing pending events', settings.publish, settings.publishIntervalMs);
  }

  /** One pass; resolves true when the batch was full (more may be waiting). */
  async pass(): Promise<boolean> {
    await this.reportStuck();
    const claimId = randomUUID();
    const events = await this.store.claim(
      claimId,
      this.settings.publishDelaySeconds,
      this.settings.batchSize,
      CLAIM_LEASE_SECONDS,
    );
    if (events.length === 0) return false;
    const now = new Date();
    const prepared = events.map((event) => ({ event, messages: this.delivery.messagesFor(event, now) }));
    try {
      await this.handOver(prepared, claimId);
    } catch (error) {
      // One event at a time, so that one that cannot be handed over waits alone (HEAD: back to PENDING).
      this.logger.warn(`claim ${claimId}: ${(error as Error).message}; handing its events over one by one`);
      for (const one of prepared) {
        await this.handOver([one], claimId).catch(async (failure: Error) => {
          this.logger.error(
            `event ${one.event.eventId} (${one.event.eventType}) back to pending: ${failure.message}`,
          );
          await this.store.release(one.event.eventId!, claimId);
        });
      }
    }
    this.relay.wake();
    this.logger.debug(`claim ${claimId}: ${events.length} event(s) handed to the outbox`);
    return events.length >= this.settings.batchSize;
  }

  /** The messages stored and the events marked processed together, or neither. */
  private async handOver(prepared: PreparedEvent[], claimId: string): Promise<void> {
    const messages = prepared.flatMap((one) => one.messages);
    await this.dataSource.transaction(async (manager) => {
      if (messages.length > 0) await this.outbox.add(messages, manager);
      const completed = await this.store.complete(
        prepared.map((one) => one.event.eventId!),
        claimId,
        manager,
      );
      // Another replica took the claim over (this one was thought dead): its pass delivers them.
      if (completed !== prepared.length) throw new Error('the claim was taken over');
    });
    this.metrics.countMessages('queued', messages.length);
  }

  /** HEAD's `alertForAnyStuckMessages`, as a log line (the alert rule watches `integration_events_stuck`). */
  private async reportStuck(): Promise<void> {
    const stuck = await this.metrics.stuckEvents();
    for (const { eventCount, status, earliestDateTime } of stuck) {
      this.logger.warn(
        `${eventCount} stuck events with status ${status}. Earliest event has date ${earliestDateTime.toISOString()}`,
      );
    }
  }
}
