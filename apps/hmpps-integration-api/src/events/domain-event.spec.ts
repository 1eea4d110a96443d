import { parseDomainEventMessage, PoisonMessageError } from './domain-event';

/** An SQS message from the domain events topic, as SNS delivers it. */
const notification = (message: unknown, overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    Type: 'Notification',
    MessageId: '1a2345bc-de67-890f-1g01-11h21314h151',
    TopicArn: 'arn:aws:sns:eu-west-2:123456789123:cloud-platform-Digital-Prison-Services-12a3',
    Message: typeof message === 'string' ? message : JSON.stringify(message),
    Timestamp: '2026-01-15T10:00:00.000Z',
    MessageAttributes: { eventType: { Type: 'String', Value: 'probation-case.registration.added' } },
    ...overrides,
  });

const registration = {
  eventType: 'probation-case.registration.added',
  version: 1,
  occurredAt: '2026-01-15T10:00:00Z',
  description: 'A new registration has been added to the probation case',
  personReference: {
    identifiers: [
      { type: 'CRN', value: 'X777776' },
      { type: 'NOMS', value: 'A1234BC' },
    ],
  },
  additionalInformation: { registerTypeCode: 'MAPP', registrationId: '1234567890', mappa: { category: '3' } },
};

describe('parseDomainEventMessage (HEAD SQSMessage + HmppsDomainEvent)', () => {
  it('reads the domain event inside the SNS notification, ignoring fields HEAD does not model', () => {
    const event = parseDomainEventMessage(notification(registration));
    expect(event).toEqual({
      eventType: 'probation-case.registration.added',
      occurredAt: '2026-01-15T10:00:00Z',
      personReference: registration.personReference,
      additionalInformation: expect.objectContaining({
        registerTypeCode: 'MAPP',
        categoriesChanged: [],
        mappaCategory: 3,
        contactEventId: null,
      }),
      reason: null,
      prisonerId: null,
      prisonId: null,
      detailUrl: null,
    });
  });

  it('reads numbers given where HEAD expects text as their spelling, as Jackson does', () => {
    const event = parseDomainEventMessage(
      notification({ ...registration, additionalInformation: { contactId: 2500000001, key: 'MDI-A' } }),
    );
    expect(event.additionalInformation).toMatchObject({ contactEventId: '2500000001', key: 'MDI-A' });
  });

  it.each([
    ['a body that is not JSON', 'not json', 'the message is not JSON'],
    ['a body that is a JSON list', '[1,2]', 'the message must be a JSON object'],
    [
      'a notification without a Message',
      JSON.stringify({ Type: 'Notification', MessageId: 'x' }),
      'the SNS notification has no Message',
    ],
    [
      'a notification without a Type',
      notification(registration, { Type: undefined }),
      'the SNS notification has no Type',
    ],
    [
      'a notification without an eventType attribute',
      notification(registration, { MessageAttributes: {} }),
      'MessageAttributes.eventType must be a JSON object',
    ],
    ['a Message that is not JSON', notification('<xml/>'), 'Message is not JSON'],
    [
      'an event without an eventType',
      notification({ ...registration, eventType: undefined }),
      'the domain event has no eventType',
    ],
    [
      'an event without occurredAt',
      notification({ ...registration, occurredAt: null }),
      'the domain event has no occurredAt',
    ],
    [
      'an eventType that is an object',
      notification({ ...registration, eventType: { a: 1 } }),
      'the domain event: eventType must be text',
    ],
    [
      'a person reference without identifiers',
      notification({ ...registration, personReference: {} }),
      'personReference.identifiers must be a list',
    ],
    [
      'an identifier without a value',
      notification({ ...registration, personReference: { identifiers: [{ type: 'CRN' }] } }),
      'an identifier has no value',
    ],
    [
      'categoriesChanged that is not a list',
      notification({ ...registration, additionalInformation: { categoriesChanged: 'LOCATION' } }),
      'additionalInformation.categoriesChanged must be a list',
    ],
    [
      'a MAPPA category that is not a number',
      notification({ ...registration, additionalInformation: { mappa: { category: 'three' } } }),
      'additionalInformation.mappa.category must be a number',
    ],
  ])('refuses %s as a poison message', (_, body, message) => {
    expect(() => parseDomainEventMessage(body)).toThrow(new PoisonMessageError(message));
  });
});
