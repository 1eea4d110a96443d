import { ConsumerConfig } from '../consumers/authorisation-config';
import { ConsumerFilters, matchesPrison } from '../consumers/consumer-filters';
import { EventNotification } from './event-notification';
import { INTEGRATION_EVENT_TYPES } from './integration-event-types';

/** A consumer that receives integration events: its queue, the event types it may see, its filters. */
export interface EventRecipient {
  consumer: string;
  /** The HMPPS SQS queue id of its queue. */
  queueId: string;
  eventTypes: ReadonlySet<string>;
  filters: ConsumerFilters;
  suspended: boolean;
}

/**
 * A path of the operation a type points at, with a sample value for each placeholder: a consumer may
 * receive the type exactly when one of its permissions matches it, the same rule request authorisation
 * applies to the operation's paths.
 */
function operationPath(pathTemplate: string): string {
  return `/${pathTemplate.replace(/\{[^}]+\}/g, 'x')}`;
}

/** The consumers with a queue, each with the event types of the operations its permissions let it call. */
export function eventRecipients(consumers: Iterable<ConsumerConfig>): EventRecipient[] {
  const recipients: EventRecipient[] = [];
  for (const consumer of consumers) {
    if (consumer.queueName === null) continue;
    const eventTypes = INTEGRATION_EVENT_TYPES.filter((type) => {
      const path = operationPath(type.pathTemplate);
      return consumer.permissions.some((permission) => permission.test(path));
    }).map((type) => type.name);
    recipients.push({
      consumer: consumer.name,
      queueId: consumer.queueName,
      eventTypes: new Set(eventTypes),
      filters: consumer.filters,
      suspended: consumer.suspended,
    });
  }
  return recipients;
}

/**
 * HEAD's `isEventApplicable`: the consumer may call the event's operation, and when it is limited to
 * some prisons or supervision statuses, the event's prison and person's status are among them (an event
 * without a prison, or of a person whose status is unknown, passes no such filter).
 */
export function mayReceive(recipient: EventRecipient, event: EventNotification): boolean {
  const statuses = recipient.filters.supervisionStatuses;
  return (
    recipient.eventTypes.has(event.eventType) &&
    matchesPrison(recipient.filters, event.prisonId) &&
    (statuses === null || (statuses as readonly string[]).includes(event.supervisionStatus))
  );
}
