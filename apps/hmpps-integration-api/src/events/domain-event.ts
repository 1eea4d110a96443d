import { isJsonObject, JsonObject, readNumber, readString } from '@libs/upstream';

/**
 * An HMPPS domain event as the integration events read it (HEAD's `HmppsDomainEvent`): the fields its
 * mapping rules and identity look-ups use; anything else in the event is ignored.
 */
export interface DomainEvent {
  eventType: string;
  occurredAt: string;
  personReference: PersonReference | null;
  additionalInformation: AdditionalInformation | null;
  reason: string | null;
  prisonerId: string | null;
  prisonId: string | null;
  detailUrl: string | null;
}

export interface PersonReference {
  identifiers: { type: string; value: string }[];
}

export interface AdditionalInformation {
  registerTypeDescription: string | null;
  registerTypeCode: string | null;
  nomsNumber: string | null;
  prisonerId: string | null;
  prisonerNumber: string | null;
  alertCode: string | null;
  contactPersonId: string | null;
  reference: string | null;
  /** What changed on a prisoner record (`PERSONAL_DETAILS`, `LOCATION`, …); empty when not given. */
  categoriesChanged: string[];
  key: string | null;
  prisonId: string | null;
  reason: string | null;
  removedNomsNumber: string | null;
  /** The contact event's id (`contactId` in the event). */
  contactEventId: string | null;
  /** `mappa.category` (1–4 are MAPPA categories). */
  mappaCategory: number | null;
}

/**
 * A message that can never be turned into integration events as it is (not JSON, not an SNS notification,
 * a domain event without its required fields, or one naming a person nobody knows). The listener lets it
 * fail, so SQS delivers it again and, after the queue's receive count, moves it to the dead-letter queue:
 * what HEAD does with such messages.
 */
export class PoisonMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PoisonMessageError';
  }
}

/**
 * The domain event in an SQS message delivered from the domain-events topic: an SNS notification
 * (`Type`, `MessageId`, `Message`, `MessageAttributes.eventType.Value`, all required as HEAD's model has
 * them) whose `Message` is the event's JSON.
 */
export function parseDomainEventMessage(body: string): DomainEvent {
  const envelope = object(parseJson(body, 'the message'), 'the message');
  required(envelope, 'Type', 'the SNS notification');
  required(envelope, 'MessageId', 'the SNS notification');
  const message = required(envelope, 'Message', 'the SNS notification');
  const attributes = object(envelope.MessageAttributes, 'the SNS notification MessageAttributes');
  required(
    object(attributes.eventType, 'MessageAttributes.eventType'),
    'Value',
    'MessageAttributes.eventType',
  );
  return parseDomainEvent(object(parseJson(message, 'Message'), 'Message'));
}

export function parseDomainEvent(event: JsonObject): DomainEvent {
  const where = 'the domain event';
  return {
    eventType: required(event, 'eventType', where),
    occurredAt: required(event, 'occurredAt', where),
    personReference: personReference(event.personReference),
    additionalInformation: additionalInformation(event.additionalInformation),
    reason: optional(event, 'reason', where),
    prisonerId: optional(event, 'prisonerId', where),
    prisonId: optional(event, 'prisonId', where),
    detailUrl: optional(event, 'detailUrl', where),
  };
}

function personReference(value: unknown): PersonReference | null {
  if (value === undefined || value === null) return null;
  const reference = object(value, 'personReference');
  if (!Array.isArray(reference.identifiers))
    throw new PoisonMessageError('personReference.identifiers must be a list');
  return {
    identifiers: reference.identifiers.map((item) => {
      const identifier = object(item, 'an identifier of personReference');
      return {
        type: required(identifier, 'type', 'an identifier'),
        value: required(identifier, 'value', 'an identifier'),
      };
    }),
  };
}

function additionalInformation(value: unknown): AdditionalInformation | null {
  if (value === undefined || value === null) return null;
  const info = object(value, 'additionalInformation');
  const text = (name: string) => optional(info, name, 'additionalInformation');
  return {
    registerTypeDescription: text('registerTypeDescription'),
    registerTypeCode: text('registerTypeCode'),
    nomsNumber: text('nomsNumber'),
    prisonerId: text('prisonerId'),
    prisonerNumber: text('prisonerNumber'),
    alertCode: text('alertCode'),
    contactPersonId: text('contactPersonId'),
    reference: text('reference'),
    categoriesChanged: categories(info.categoriesChanged),
    key: text('key'),
    prisonId: text('prisonId'),
    reason: text('reason'),
    removedNomsNumber: text('removedNomsNumber'),
    contactEventId: text('contactId'),
    mappaCategory: mappaCategory(info.mappa),
  };
}

function categories(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value))
    throw new PoisonMessageError('additionalInformation.categoriesChanged must be a list');
  return value.map((item) => {
    const category = readString(item);
    if (category === null)
      throw new PoisonMessageError('additionalInformation.categoriesChanged must hold text');
    return category;
  });
}

function mappaCategory(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  const category = object(value, 'additionalInformation.mappa').category;
  if (category === undefined || category === null) return null;
  const number = readNumber(category);
  if (number === null) throw new PoisonMessageError('additionalInformation.mappa.category must be a number');
  // Read into an integer, as Jackson reads a number into HEAD's `Int`.
  return Math.trunc(number);
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new PoisonMessageError(`${what} is not JSON`);
  }
}

function object(value: unknown, what: string): JsonObject {
  if (!isJsonObject(value)) throw new PoisonMessageError(`${what} must be a JSON object`);
  return value;
}

/** A text field HEAD's model declares non-null: missing, null or not text makes the message unreadable. */
function required(value: JsonObject, name: string, where: string): string {
  const text = optional(value, name, where);
  if (text === null) throw new PoisonMessageError(`${where} has no ${name}`);
  return text;
}

/** A text field that may be absent; numbers and booleans read as their spelling, as Jackson reads them. */
function optional(value: JsonObject, name: string, where: string): string | null {
  const field = value[name];
  if (field === undefined || field === null) return null;
  const text = readString(field);
  if (text === null) throw new PoisonMessageError(`${where}: ${name} must be text`);
  return text;
}
