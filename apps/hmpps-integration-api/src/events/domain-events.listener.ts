import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AwsClients, QueueListeners, ReceivedMessage } from '@libs/queue';
import { parseDomainEventMessage } from './domain-event';
import { DomainEventProcessor } from './domain-event-processor';
import type { EventsSettings } from './events.config';
import { EventsMetrics } from './events.metrics';
import { EVENTS_SETTINGS } from './events.tokens';

/** The inbound queue of HMPPS domain events (subscribed to the `domainevents` topic), as HEAD names it. */
export const DOMAIN_EVENTS_QUEUE = 'hmppsdomainqueue';

/**
 * HEAD's `DomainEventsListener`, on while `enable-domain-events-queue-listener` is: each message is read
 * as an SNS notification carrying a domain event and turned into integration events. A message that
 * cannot be (not JSON, required fields missing, a person probation does not know) or that meets an
 * upstream failure throws: SQS delivers it again and then moves it to the dead-letter queue, from where
 * queue admin can retry it. Domain events no integration event type applies to are consumed.
 */
@Injectable()
export class DomainEventsListener implements OnApplicationBootstrap {
  private readonly logger = new Logger(DomainEventsListener.name);

  constructor(
    private readonly listeners: QueueListeners,
    private readonly clients: AwsClients,
    private readonly processor: DomainEventProcessor,
    private readonly metrics: EventsMetrics,
    @Inject(EVENTS_SETTINGS) private readonly settings: EventsSettings,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.settings.listen) return;
    if (!this.clients.queue(DOMAIN_EVENTS_QUEUE)) {
      throw new Error(
        `enable-domain-events-queue-listener is on but queue ${DOMAIN_EVENTS_QUEUE} is not configured (HMPPS_SQS_QUEUES_HMPPSDOMAINQUEUE_QUEUE_NAME)`,
      );
    }
    this.listeners.listen(DOMAIN_EVENTS_QUEUE, (message) => this.onMessage(message));
  }

  async onMessage(message: ReceivedMessage): Promise<void> {
    try {
      const made = await this.processor.process(parseDomainEventMessage(message.body));
      this.metrics.countDomainEvent(made > 0 ? 'mapped' : 'ignored');
      this.logger.debug(`message ${message.messageId}: ${made} integration event(s)`);
    } catch (error) {
      this.metrics.countDomainEvent('failed');
      throw error;
    }
  }
}
