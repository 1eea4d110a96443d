import { parseAuthorisationConfig } from '../consumers/authorisation-config';
import { AdditionalInformation, PoisonMessageError } from './domain-event';
import { integrationEventMessage, localDateTime } from './event-message';
import {
  EventIdentities,
  EventNotification,
  notificationFor,
  UnmappableEventError,
} from './event-notification';
import { eventRecipients, mayReceive } from './event-recipients';
import { INTEGRATION_EVENT_TYPES } from './integration-event-types';

const BASE = 'https://integration-api.hmpps.service.justice.gov.uk';
const typeNamed = (name: string) => INTEGRATION_EVENT_TYPES.find((type) => type.name === name)!;
const identities: EventIdentities = { hmppsId: 'AB123123', prisonId: 'MDI', supervisionStatus: 'PRISONS' };
const info = (values: Partial<AdditionalInformation>) => values as AdditionalInformation;
const urlOf = (
  name: string,
  who: Partial<EventIdentities> = {},
  additional: Partial<AdditionalInformation> | null = null,
) =>
  notificationFor(typeNamed(name), `${BASE}/`, { ...identities, ...who }, additional && info(additional)).url;

describe('the URL of an integration event (HEAD getNotification)', () => {
  it('fills in the person, the prison and the event’s own ids', () => {
    expect(urlOf('PERSON_NAME_CHANGED')).toBe(`${BASE}/v1/persons/AB123123/name`);
    expect(urlOf('PRISONER_NON_ASSOCIATIONS_CHANGED')).toBe(
      `${BASE}/v1/prison/MDI/prisoners/AB123123/non-associations`,
    );
    expect(urlOf('PERSON_VISITOR_RESTRICTIONS_CHANGED', {}, { contactPersonId: '123456' })).toBe(
      `${BASE}/v1/persons/AB123123/visitor/123456/restrictions`,
    );
    expect(urlOf('VISIT_CHANGED', {}, { reference: 'ab-cd-ef-gh' })).toBe(`${BASE}/v1/visit/ab-cd-ef-gh`);
    expect(urlOf('PRISON_LOCATION_CHANGED', {}, { key: 'MDI-A-1-001' })).toBe(
      `${BASE}/v1/prison/MDI/location/MDI-A-1-001`,
    );
    expect(urlOf('CONTACT_EVENT_CREATED', {}, { contactEventId: '2500000001' })).toBe(
      `${BASE}/v1/persons/AB123123/contact-events/2500000001`,
    );
    expect(urlOf('PRISONERS_CHANGED', { hmppsId: null })).toBe(`${BASE}/v1/prison/prisoners`);
  });

  it('leaves a placeholder the event has no value for as written, as HEAD does', () => {
    expect(urlOf('PERSON_VISITOR_RESTRICTIONS_CHANGED')).toBe(
      `${BASE}/v1/persons/AB123123/visitor/{contactId}/restrictions`,
    );
  });

  it('names the removed number in a merge', () => {
    const merge = typeNamed('PRISONER_MERGED');
    const event = { additionalInformation: info({ removedNomsNumber: 'A9999AA' }) } as Parameters<
      NonNullable<typeof merge.urlPersonOf>
    >[0];
    const notification = notificationFor(merge, BASE, identities, null, merge.urlPersonOf!(event));
    expect(notification).toMatchObject({ hmppsId: 'A9999AA', url: `${BASE}/v1/persons/A9999AA` });
    expect(() => merge.urlPersonOf!({ additionalInformation: null } as typeof event)).toThrow(
      PoisonMessageError,
    );
  });

  it('fails a domain event that names nobody for a person path (HEAD: EntityNotFoundException), and leaves out one without a prison', () => {
    expect(() => urlOf('PERSON_NAME_CHANGED', { hmppsId: null })).toThrow(PoisonMessageError);
    expect(() => urlOf('PRISON_CAPACITY_CHANGED', { prisonId: null })).toThrow(UnmappableEventError);
  });

  it.each([
    ['a person id with a slash', { hmppsId: '../admin' }, null],
    ['a prison id with a space', { prisonId: 'M DI' }, null],
    ['a location key with a query', {}, { key: 'MDI?x=1' }],
    ['an overlong visit reference', {}, { reference: 'x'.repeat(65) }],
  ])(
    'leaves out an event whose URL would hold %s (not a path segment the API serves)',
    (_, who, additional) => {
      const name =
        'key' in (additional ?? {})
          ? 'PRISON_LOCATION_CHANGED'
          : 'reference' in (additional ?? {})
            ? 'VISIT_CHANGED'
            : 'PRISONER_NON_ASSOCIATIONS_CHANGED';
      expect(() => urlOf(name, who, additional)).toThrow(UnmappableEventError);
    },
  );
});

describe('the message of an integration event (HEAD DirectSQSMessage)', () => {
  const event: EventNotification = {
    eventId: 42,
    hmppsId: 'AB123123',
    eventType: 'PERSON_NAME_CHANGED',
    prisonId: 'MDI',
    url: `${BASE}/v1/persons/AB123123/name`,
    lastModifiedDateTime: new Date('2026-01-15T10:15:30.120Z'),
    supervisionStatus: 'PRISONS',
  };

  it('is shaped as an SNS notification whose Message is the event, without its supervision status', () => {
    const message = integrationEventMessage(
      event,
      'b2f6b3c2-3f4e-4a8e-9a51-1f2e3d4c5b6a',
      new Date('2026-01-15T10:20:00Z'),
    );
    expect(message).toEqual({
      Type: 'Notification',
      MessageId: 'b2f6b3c2-3f4e-4a8e-9a51-1f2e3d4c5b6a',
      TopicArn: '',
      Message:
        '{"eventId":42,"hmppsId":"AB123123","eventType":"PERSON_NAME_CHANGED","prisonId":"MDI",' +
        `"url":"${BASE}/v1/persons/AB123123/name","lastModifiedDateTime":"2026-01-15T10:15:30.12"}`,
      Timestamp: '2026-01-15T10:20:00.000Z',
      SignatureVersion: '',
      Signature: '',
      SigningCertURL: '',
      UnsubscribeURL: '',
      MessageAttributes: { eventType: { Value: 'PERSON_NAME_CHANGED' } },
    });
  });

  it('writes times as Java’s LocalDateTime does: no zone, no trailing zeros', () => {
    expect(localDateTime(new Date('2026-01-15T10:15:30.000Z'))).toBe('2026-01-15T10:15:30');
    expect(localDateTime(new Date('2026-01-15T10:15:30.100Z'))).toBe('2026-01-15T10:15:30.1');
    expect(localDateTime(new Date('2026-01-15T10:15:30.123Z'))).toBe('2026-01-15T10:15:30.123');
  });
});

describe('who receives an event (HEAD isEventApplicable)', () => {
  const config = parseAuthorisationConfig(`
authorisation:
  consumers:
    full: { roles: [full-access], queue-name: q1 }
    moorland: { roles: [all-endpoints], filters: { prisons: [MDI] }, queue-name: q2 }
    probation: { roles: [all-endpoints], filters: { supervision-statuses: [PROBATION, NONE] }, queue-name: q3 }
    names-only: { include: ['/v1/persons/{hmppsId}/name'], queue-name: q4 }
    wildcard: { include: ['/.*'], queue-name: q5 }
    no-queue: { roles: [full-access] }
    nothing: { roles: [reference-data-only], queue-name: q6 }
`);
  const recipients = eventRecipients(config.consumers.values());
  const event = (values: Partial<EventNotification>): EventNotification => ({
    eventId: 1,
    hmppsId: 'AB123123',
    eventType: 'PERSON_NAME_CHANGED',
    prisonId: 'MDI',
    url: `${BASE}/v1/persons/AB123123/name`,
    lastModifiedDateTime: new Date(),
    supervisionStatus: 'PRISONS',
    ...values,
  });
  const receiving = (values: Partial<EventNotification>) =>
    recipients
      .filter((recipient) => mayReceive(recipient, event(values)))
      .map((recipient) => recipient.consumer);

  it('takes only consumers with a queue', () => {
    expect(recipients.map((recipient) => [recipient.consumer, recipient.queueId])).toEqual([
      ['full', 'q1'],
      ['moorland', 'q2'],
      ['probation', 'q3'],
      ['names-only', 'q4'],
      ['wildcard', 'q5'],
      ['nothing', 'q6'],
    ]);
  });

  it('gives each consumer the events of the operations it may call', () => {
    const byConsumer = Object.fromEntries(
      recipients.map((recipient) => [recipient.consumer, recipient.eventTypes.size]),
    );
    expect(byConsumer).toEqual({
      full: 49,
      moorland: 49,
      probation: 49,
      'names-only': 1,
      wildcard: 49,
      nothing: 0,
    });
    expect(receiving({ eventType: 'PERSON_ALERTS_CHANGED' })).toEqual(['full', 'moorland', 'wildcard']);
  });

  it('applies the prison and supervision-status filters', () => {
    expect(receiving({})).toEqual(['full', 'moorland', 'names-only', 'wildcard']);
    expect(receiving({ prisonId: 'LEI', supervisionStatus: 'PROBATION' })).toEqual([
      'full',
      'probation',
      'names-only',
      'wildcard',
    ]);
    expect(receiving({ prisonId: null, supervisionStatus: 'NONE' })).toEqual([
      'full',
      'probation',
      'names-only',
      'wildcard',
    ]);
    // Unknown status and no prison: only unfiltered consumers.
    expect(receiving({ prisonId: null, supervisionStatus: 'UNKNOWN' })).toEqual([
      'full',
      'names-only',
      'wildcard',
    ]);
  });
});
