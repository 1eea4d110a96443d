import { Inject, Injectable } from '@nestjs/common';
import { MetricsService } from '@libs/platform';
import { Counter, Gauge } from 'prom-client';
import { EventNotificationStore, StuckEvents } from './event-notification.store';
import { EVENTS_SETTINGS } from './events.tokens';
import type { EventsSettings } from './events.config';

export type DomainEventOutcome = 'mapped' | 'ignored' | 'failed';
export type MessageOutcome = 'queued' | 'suspended';

const STUCK_STATUSES = ['PENDING', 'PROCESSING'] as const;
const STUCK_TTL_MS = 1_000;

/**
 * Metrics of the integration events; labels come from fixed sets only. `integration_events_stuck` is read
 * from the database when scraped (every replica reports the same table, so alerts take the max).
 */
@Injectable()
export class EventsMetrics {
  private readonly domainEvents: Counter<'outcome'>;
  private readonly messages: Counter<'outcome'>;
  private stuck?: { at: number; value: Promise<StuckEvents[]> };

  constructor(
    metrics: MetricsService,
    private readonly store: EventNotificationStore,
    @Inject(EVENTS_SETTINGS) private readonly settings: EventsSettings,
  ) {
    const registers = [metrics.registry];
    this.domainEvents = new Counter({
      name: 'integration_events_domain_events_total',
      help: 'HMPPS domain events received: mapped to integration events, ignored (no type applies) or failed (left to the queue redrive policy)',
      labelNames: ['outcome'],
      registers,
    });
    this.messages = new Counter({
      name: 'integration_events_messages_total',
      help: 'Integration event messages: queued for a consumer (outbox), or not sent because the consumer is suspended',
      labelNames: ['outcome'],
      registers,
    });
    const current = () => this.stuckEvents();
    new Gauge({
      name: 'integration_events_stuck',
      help: 'Integration events pending or processing for longer than EVENTS_STUCK_AFTER_SECONDS',
      labelNames: ['status'],
      registers,
      async collect() {
        const stuck = await current().catch(() => undefined);
        if (!stuck) return; // the database is down: no value rather than a wrong one
        for (const status of STUCK_STATUSES)
          this.set({ status }, stuck.find((entry) => entry.status === status)?.eventCount ?? 0);
      },
    });
    for (const outcome of ['mapped', 'ignored', 'failed'] as const) this.domainEvents.inc({ outcome }, 0);
    for (const outcome of ['queued', 'suspended'] as const) this.messages.inc({ outcome }, 0);
  }

  countDomainEvent(outcome: DomainEventOutcome): void {
    this.domainEvents.inc({ outcome });
  }

  countMessages(outcome: MessageOutcome, count: number): void {
    if (count > 0) this.messages.inc({ outcome }, count);
  }

  /** The stuck events now (one query per second at most, however many scrapes and passes ask). */
  stuckEvents(): Promise<StuckEvents[]> {
    if (!this.stuck || Date.now() - this.stuck.at > STUCK_TTL_MS) {
      this.stuck = { at: Date.now(), value: this.store.stuck(this.settings.stuckAfterSeconds) };
      this.stuck.value.catch(() => (this.stuck = undefined));
    }
    return this.stuck.value;
  }
}
