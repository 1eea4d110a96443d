import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { PLATFORM_OPTIONS, PlatformModuleOptions } from '@libs/platform';
import { QueueService } from './queue.service';
import { AUDIT_QUEUE, QUEUE_MODULE_OPTIONS, QueueModuleOptions } from './queue.options';

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

export interface AuditMessage {
  what: string;
  details?: unknown;
  who?: string;
  when: string;
  service: string;
  correlationId?: string;
}

/** Sends audit events to the `audit` queue, in the HMPPS Audit message shape. */
@Injectable()
export class AuditPublisher {
  private readonly logger = new Logger(AuditPublisher.name);
  private readonly service: string;

  constructor(
    private readonly queues: QueueService,
    @Inject(QUEUE_MODULE_OPTIONS) options: QueueModuleOptions,
    @Optional() @Inject(PLATFORM_OPTIONS) platform?: PlatformModuleOptions,
  ) {
    const service = options.auditService ?? platform?.name;
    if (!service) throw new Error('QueueModule needs `auditService` when PlatformModule is not imported');
    this.service = service;
  }

  /**
   * Publishes the event; resolves false (after logging why) if it could not be queued, because a
   * failed audit must not fail the caller's request.
   */
  async publish(event: AuditEvent): Promise<boolean> {
    const message: AuditMessage = {
      what: event.what,
      details: event.details,
      who: event.who,
      when: new Date().toISOString(),
      service: event.service ?? this.service,
      correlationId: event.correlationId,
    };
    try {
      await this.queues.send(AUDIT_QUEUE, message);
      return true;
    } catch (error) {
      this.logger.error(`audit event ${event.what} was not published: ${(error as Error).message}`);
      return false;
    }
  }
}
