import { Module } from '@nestjs/common';
import { AppConfig } from '../config';
import { ConsumersModule } from '../consumers/consumers.module';
import { DomainEventProcessor } from './domain-event-processor';
import { DomainEventsListener } from './domain-events.listener';
import { EventDelivery } from './event-delivery.service';
import { EventIdentitiesService } from './event-identities.service';
import { EventNotificationStore } from './event-notification.store';
import { EventPublisher } from './event-publisher';
import { EventsEnv, readEventsSettings } from './events.config';
import { EventsMetrics } from './events.metrics';
import { EVENTS_SETTINGS } from './events.tokens';
import { ProcessedEventsPurge } from './processed-events-purge';

/**
 * HEAD's events to consumers (the reference's ADR 0017): HMPPS domain events in, integration events stored with
 * de-duplication, and sent to each consumer's own queue. Each part runs while its feature flag is on.
 */
@Module({
  imports: [ConsumersModule],
  providers: [
    {
      provide: EVENTS_SETTINGS,
      inject: [AppConfig, EventsEnv],
      useFactory: (config: AppConfig, env: EventsEnv) => readEventsSettings(config.values.featureFlags, env),
    },
    EventNotificationStore,
    EventsMetrics,
    EventIdentitiesService,
    EventDelivery,
    DomainEventProcessor,
    DomainEventsListener,
    EventPublisher,
    ProcessedEventsPurge,
  ],
  exports: [EventPublisher, ProcessedEventsPurge, DomainEventProcessor, EventDelivery],
})
export class EventsModule {}
