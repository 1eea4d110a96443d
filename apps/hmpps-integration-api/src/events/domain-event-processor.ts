import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../config';
import { FeatureFlags } from '../feature-flags/feature-flags';
import { DomainEvent } from './domain-event';
import { EventDelivery } from './event-delivery.service';
import { EventIdentitiesService } from './event-identities.service';
import { NewEventNotification, notificationFor, UnmappableEventError } from './event-notification';
import { EventNotificationStore } from './event-notification.store';
import type { EventsSettings } from './events.config';
import { EVENTS_SETTINGS } from './events.tokens';
import { INTEGRATION_EVENT_TYPES, IntegrationEventType } from './integration-event-types';

/**
 * HEAD's `DomainEventService`: the integration events a domain event makes. Types whose feature flag is
 * off (or not set here) are left out; the person and prison are looked up only when some type applies.
 * With de-duplication (`deduplicate-events`) the events are stored, and a pending identical one absorbs
 * the new; without, they go to the consumers at once.
 */
@Injectable()
export class DomainEventProcessor {
  private readonly logger = new Logger(DomainEventProcessor.name);
  private readonly flags: FeatureFlags;
  private readonly types: readonly IntegrationEventType[];

  constructor(
    appConfig: AppConfig,
    private readonly identities: EventIdentitiesService,
    private readonly store: EventNotificationStore,
    private readonly delivery: EventDelivery,
    @Inject(EVENTS_SETTINGS) private readonly settings: EventsSettings,
  ) {
    this.flags = appConfig.values.featureFlags;
    this.types = INTEGRATION_EVENT_TYPES.filter((type) => this.isEnabled(type));
  }

  /** The types this domain event makes, in HEAD's order (throws for a domain event HEAD cannot read). */
  typesFor(event: DomainEvent): IntegrationEventType[] {
    return this.types.filter((type) => type.matches(event));
  }

  /** Resolves how many integration events the domain event made (0: no type applies). */
  async process(event: DomainEvent): Promise<number> {
    const types = this.typesFor(event);
    if (types.length === 0) return 0;
    const identities = await this.identities.resolve(event);
    const events: NewEventNotification[] = [];
    for (const type of types) {
      try {
        const urlPerson = type.urlPersonOf ? type.urlPersonOf(event) : identities.hmppsId;
        events.push(
          notificationFor(type, this.settings.baseUrl, identities, event.additionalInformation, urlPerson),
        );
      } catch (error) {
        if (!(error instanceof UnmappableEventError)) throw error;
        this.logger.warn(`${type.name} left out of a ${event.eventType} event: ${error.message}`);
      }
    }
    if (this.settings.deduplicate) await this.store.insertPending(events);
    else await this.delivery.sendNow(events);
    return events.length;
  }

  /**
   * HEAD's rule: a type without a flag is on; one with a flag follows it, and a flag this environment
   * does not set turns its type off (logged, since it is a configuration mistake).
   */
  private isEnabled(type: IntegrationEventType): boolean {
    if (!type.featureFlag) return true;
    const value = this.flags.value(type.featureFlag);
    if (value === undefined)
      this.logger.error(`Missing feature flag "${type.featureFlag}" of event type "${type.name}"`);
    return value === true;
  }
}
