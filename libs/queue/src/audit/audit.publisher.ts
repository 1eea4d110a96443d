import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { PLATFORM_OPTIONS, PlatformModuleOptions } from '@libs/platform';
import { Outbox } from '../outbox/outbox.service';
import { AUDIT_QUEUE, QUEUE_MODULE_OPTIONS, QueueModuleOptions } from '../queue.options';

export interface AuditEvent {
  /** What happened, e.g. `SEARCH_PERSON`. */
  what: string;
  /** Who did it (consumer, username). */
  who?: string;
  details?: unknown;
  /** Overrides the app's service name for this event. */
  service?: string;
  correlationId?: string;
}

/** The HMPPS Audit message (`HmppsAuditEvent`): the body of every message on the `audit` queue. */
export interface AuditMessage {
  what: string;
  details?: unknown;
  who?: string;
  when: string;
  service: string;
  correlationId?: string;
}

/** One INSERT carries at most this many events; more wait for the next one. */
const MAX_BATCH = 200;
/** Beyond this many events waiting for the database, new ones are refused rather than held in memory. */
const MAX_WAITING = 10_000;

interface WaitingEvent {
  message: AuditMessage;
  published: (ok: boolean) => void;
}

/**
 * Writes audit events to the outbox for the `audit` queue, in the HMPPS Audit message shape.
 *
 * Group commit: an event is stored before `publish` resolves (a caller that awaits it answers only
 * once its audit is stored), but the events that arrive while one INSERT is in flight go together in
 * the next one. Under load that is one statement for dozens of requests instead of one each, which was
 * the largest cost per request of hmpps-integration-api (docs/benchmarks.md).
 */
@Injectable()
export class AuditPublisher {
  private readonly logger = new Logger(AuditPublisher.name);
  private readonly service: string;
  private waiting: WaitingEvent[] = [];
  private writing = false;

  constructor(
    private readonly outbox: Outbox,
    @Inject(QUEUE_MODULE_OPTIONS) options: QueueModuleOptions,
    @Optional() @Inject(PLATFORM_OPTIONS) platform?: PlatformModuleOptions,
  ) {
    const service = options.audit?.service ?? platform?.name;
    if (!service) throw new Error('QueueModule needs `audit.service` when PlatformModule is not imported');
    this.service = service;
  }

  /**
   * Stores the event; resolves false (after logging why) if it could not be stored, because a failed
   * audit must not fail the caller's request.
   */
  publish(event: AuditEvent): Promise<boolean> {
    const message: AuditMessage = {
      what: event.what,
      details: event.details,
      who: event.who,
      when: new Date().toISOString(),
      service: event.service ?? this.service,
      correlationId: event.correlationId,
    };
    if (this.waiting.length >= MAX_WAITING) {
      this.logger.error(
        `audit event ${event.what} was not stored: ${MAX_WAITING} events are already waiting for the database`,
      );
      return Promise.resolve(false);
    }
    return new Promise((published) => {
      this.waiting.push({ message, published });
      if (!this.writing) {
        this.writing = true;
        // The next turn of the event loop, so that events raised in this one join the first INSERT.
        setImmediate(() => void this.writeWaiting());
      }
    });
  }

  private async writeWaiting(): Promise<void> {
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, MAX_BATCH);
      let ok = true;
      try {
        await this.outbox.add(
          batch.map((event) => ({ kind: 'queue' as const, destination: AUDIT_QUEUE, body: event.message })),
        );
      } catch (error) {
        ok = false;
        const whats = [...new Set(batch.map((event) => event.message.what))].join(', ');
        this.logger.error(
          `${batch.length} audit event(s) (${whats}) were not stored: ${(error as Error).message}`,
        );
      }
      for (const event of batch) event.published(ok);
    }
    this.writing = false;
  }
}
