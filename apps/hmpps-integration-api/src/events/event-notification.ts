import { SupervisionStatus } from '../consumers/consumer-filters';
import { AdditionalInformation, PoisonMessageError } from './domain-event';
import { IntegrationEventType } from './integration-event-types';

/** HEAD's supervision statuses of an event's person: the filter values, or UNKNOWN (no filter admits it). */
export type EventSupervisionStatus = SupervisionStatus | 'UNKNOWN';

/** An integration event: which operation's data may have changed, for whom, and where they are held. */
export interface EventNotification {
  /** The stored event's number (null for events sent without de-duplication). */
  eventId: number | null;
  hmppsId: string | null;
  eventType: string;
  prisonId: string | null;
  url: string;
  /** When the event was stored (or sent, without de-duplication). */
  lastModifiedDateTime: Date;
  supervisionStatus: EventSupervisionStatus;
}

/** What the identity look-ups found for one domain event. */
export interface EventIdentities {
  hmppsId: string | null;
  prisonId: string | null;
  supervisionStatus: EventSupervisionStatus;
}

export type NewEventNotification = Omit<EventNotification, 'eventId' | 'lastModifiedDateTime'>;

/**
 * An event type whose URL cannot be made for this domain event (HEAD's `UnmappableUrlException`): no
 * prison for a prison path, or a value that is not a path segment the API serves. That one event is
 * left out and the others of the domain event are kept.
 */
export class UnmappableEventError extends Error {}

/**
 * The values the API's path parameters take (a consumer's permission `{placeholder}` matches exactly
 * these), so a URL built from a domain event always names an operation the API can serve.
 */
const PATH_SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;

export function isPathSegment(value: string): boolean {
  return PATH_SEGMENT.test(value);
}

/** HEAD's `getNotification`: the event of one type for one domain event. */
export function notificationFor(
  type: IntegrationEventType,
  baseUrl: string,
  identities: EventIdentities,
  additionalInformation: AdditionalInformation | null,
  urlPerson: string | null = identities.hmppsId,
): NewEventNotification {
  return {
    eventType: type.name,
    hmppsId: urlPerson,
    prisonId: identities.prisonId,
    url: `${baseUrl.replace(/\/+$/, '')}/${path(type.pathTemplate, urlPerson, identities.prisonId, additionalInformation)}`,
    supervisionStatus: identities.supervisionStatus,
  };
}

/**
 * The template with the event's values: `{hmppsId}` (a domain event that names nobody fails, as in HEAD),
 * `{prisonId}` (none: this event is left out), and `{contactId}`, `{visitReference}`, `{locationKey}`,
 * `{contactEventId}` from the event when it has them (otherwise they stay as written, as HEAD leaves them).
 */
function path(
  template: string,
  hmppsId: string | null,
  prisonId: string | null,
  info: AdditionalInformation | null,
): string {
  let path = template;
  if (path.includes('{hmppsId}')) {
    if (hmppsId === null) throw new PoisonMessageError(`the domain event names nobody for ${template}`);
    path = replace(path, '{hmppsId}', hmppsId);
  }
  if (path.includes('{prisonId}')) {
    if (prisonId === null) throw new UnmappableEventError(`no prison ID in the domain event for ${template}`);
    path = replace(path, '{prisonId}', prisonId);
  }
  if (info?.contactPersonId) path = replace(path, '{contactId}', info.contactPersonId);
  if (info?.reference) path = replace(path, '{visitReference}', info.reference);
  if (info?.key) path = replace(path, '{locationKey}', info.key);
  if (info?.contactEventId) path = replace(path, '{contactEventId}', info.contactEventId);
  return path;
}

function replace(path: string, placeholder: string, value: string): string {
  if (!path.includes(placeholder)) return path;
  if (!isPathSegment(value))
    throw new UnmappableEventError(`the domain event's value for ${placeholder} is not a path segment`);
  return path.replace(placeholder, value);
}
