import { captureLogs, eventually } from '@libs/testing';
import { DataSource } from 'typeorm';
import { IntegrationEventBody } from '../src/events/event-message';
import { as } from './hmpps-test-app';
import {
  BASE_URL,
  CONSUMER_QUEUES,
  DOMAIN_EVENTS_DLQ,
  EventsConsumer,
  EventsStack,
  startEventsStack,
} from './events-test-app';

const ALL = as('all-access');
const DELAY_MS = 2_000;
const CONSUMERS = Object.keys(CONSUMER_QUEUES) as EventsConsumer[];

const bodyOf = (message: { json: unknown }) =>
  JSON.parse((message.json as { Message: string }).Message) as IntegrationEventBody;

describe('integration events: domain events in, events to consumers (HEAD events/, ADR 0017)', () => {
  let stack: EventsStack;

  const publishFixture = async (name: string) => {
    const answer = await stack.stubsAdmin.post(`/__admin/domain-events/fixtures/${name}`);
    expect(answer.status).toBe(202);
    return Date.now();
  };
  const rows = (sql: string, parameters: unknown[] = []) =>
    stack.apps[0].app.get(DataSource).query(sql, parameters);
  /** What each consumer received: `expected` messages for some, none for the others. */
  const receivedBy = async (expected: Partial<Record<EventsConsumer, number>>) => {
    const taken = await Promise.all(
      CONSUMERS.map((consumer) => stack.received(consumer, expected[consumer] ?? 0, 15_000, 1_000)),
    );
    return Object.fromEntries(CONSUMERS.map((consumer, index) => [consumer, taken[index]]));
  };

  beforeAll(async () => {
    stack = await startEventsStack();
  }, 60_000);

  afterAll(async () => {
    await stack?.close();
  });

  afterEach(async () => {
    await stack.stubs.resetFaults();
  });

  it('stores an event, then after the delay sends it in HEAD shape to exactly the consumers that may see it', async () => {
    const logs = captureLogs();
    try {
      const published = await publishFixture('iep-review-inserted');
      // Stored and waiting out the delay: nothing has gone anywhere yet.
      const pending = await eventually(
        () =>
          rows(
            `SELECT status, url, hmpps_id, prison_id, metadata FROM event_notification WHERE event_type = 'PERSON_IEP_LEVEL_CHANGED'`,
          ),
        (found) => found.length === 1,
      );
      expect(pending).toEqual([
        {
          status: 'PENDING',
          url: `${BASE_URL}/v1/persons/AB123123/iep-level`,
          hmpps_id: 'AB123123',
          prison_id: 'MDI',
          metadata: { supervisionStatus: 'PRISONS' },
        },
      ]);
      expect(await stack.queues.depth(CONSUMER_QUEUES['events-full'].name)).toBe(0);

      // It arrives once the delay is over (the first pass after it), not before.
      await eventually(
        () => stack.queues.depth(CONSUMER_QUEUES['events-full'].name),
        (depth) => depth > 0,
        15_000,
        20,
      );
      expect(Date.now() - published).toBeGreaterThanOrEqual(DELAY_MS);

      // Robert Larsen is in Moorland: neither the probation-only consumer nor the ones without permission get it.
      const received = await receivedBy({ 'events-full': 1, 'events-moorland': 1, 'events-wildcard': 1 });
      expect(received['events-probation']).toEqual([]);
      expect(received['events-reference-data']).toEqual([]);
      expect(received['events-suspended']).toEqual([]);

      const [message] = received['events-full'];
      expect(message.json).toEqual({
        Type: 'Notification',
        MessageId: message.attributes.eventId,
        TopicArn: '',
        Message: expect.any(String),
        Timestamp: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
        SignatureVersion: '',
        Signature: '',
        SigningCertURL: '',
        UnsubscribeURL: '',
        MessageAttributes: { eventType: { Value: 'PERSON_IEP_LEVEL_CHANGED' } },
      });
      expect(message.attributes).toEqual({
        eventType: 'PERSON_IEP_LEVEL_CHANGED',
        eventId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      });
      const body = bodyOf(message);
      expect(Object.keys(body)).toEqual([
        'eventId',
        'hmppsId',
        'eventType',
        'prisonId',
        'url',
        'lastModifiedDateTime',
      ]);
      expect(body).toEqual({
        eventId: expect.any(Number),
        hmppsId: 'AB123123',
        eventType: 'PERSON_IEP_LEVEL_CHANGED',
        prisonId: 'MDI',
        url: `${BASE_URL}/v1/persons/AB123123/iep-level`,
        lastModifiedDateTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?$/),
      });
      // The same event to each consumer (one message id each).
      expect(bodyOf(received['events-moorland'][0])).toEqual(body);
      expect(received['events-moorland'][0].attributes.eventId).not.toBe(message.attributes.eventId);
      expect(await rows(`SELECT status FROM event_notification WHERE event_id = $1`, [body.eventId])).toEqual(
        [{ status: 'PROCESSED' }],
      );
      expect(logs.text()).toContain(
        `Not sending PERSON_IEP_LEVEL_CHANGED event ${body.eventId} to suspended consumer events-suspended`,
      );
    } finally {
      logs.stop();
    }
  }, 60_000);

  it('sends an event of someone on probation to the probation-only consumer, and not to the Moorland-only one', async () => {
    await publishFixture('address-created');
    const received = await receivedBy({ 'events-full': 1, 'events-probation': 1, 'events-wildcard': 1 });
    expect(received['events-moorland']).toEqual([]);
    expect(bodyOf(received['events-probation'][0])).toMatchObject({
      hmppsId: 'C456789',
      eventType: 'PERSON_ADDRESS_CHANGED',
      prisonId: null,
      url: `${BASE_URL}/v1/persons/C456789/addresses`,
    });
  }, 60_000);

  it('collapses a burst of identical domain events into one event per consumer', async () => {
    for (let i = 0; i < 5; i += 1) await publishFixture('registration-added-mappa');
    const received = await receivedBy({ 'events-full': 1, 'events-moorland': 1, 'events-wildcard': 1 });
    expect(received['events-full'].map(bodyOf)).toEqual([
      expect.objectContaining({
        eventType: 'MAPPA_DETAIL_CHANGED',
        url: `${BASE_URL}/v1/persons/AB123123/risks/mappadetail`,
      }),
    ]);
    const stored = await rows(
      `SELECT count(*)::int AS count FROM event_notification WHERE event_type = 'MAPPA_DETAIL_CHANGED'`,
    );
    expect(stored).toEqual([{ count: 1 }]);
  }, 60_000);

  it('turns one domain event into every type it makes, each to the consumers allowed its operation', async () => {
    await publishFixture('location-amended');
    const expected = [
      'PRISON_RESIDENTIAL_HIERARCHY_CHANGED',
      'PRISON_LOCATION_CHANGED',
      'PRISON_RESIDENTIAL_DETAILS_CHANGED',
    ];
    const received = await receivedBy({ 'events-full': 3, 'events-moorland': 3, 'events-wildcard': 3 });
    expect(received['events-full'].map((message) => bodyOf(message).url).sort()).toEqual(
      [
        `${BASE_URL}/v1/prison/MDI/residential-hierarchy`,
        `${BASE_URL}/v1/prison/MDI/location/MDI-A-1-001`,
        `${BASE_URL}/v1/prison/MDI/residential-details`,
      ].sort(),
    );
    expect(received['events-full'].map((message) => message.attributes.eventType).sort()).toEqual(
      [...expected].sort(),
    );
    // A location is about no person: its supervision status is unknown, which no supervision filter admits.
    expect(received['events-probation']).toEqual([]);
  }, 60_000);

  it('dead-letters an unreadable message after its deliveries, and queue admin shows and purges it', async () => {
    await stack.publishRaw('this is not a domain event', 'prisoner-offender-search.prisoner.updated');
    const dead = await eventually(
      async () => (await stack.api.get(`/queue-admin/get-dlq-messages/${DOMAIN_EVENTS_DLQ}`, ALL)).body,
      (answer) => answer.messagesFoundCount === 1,
      30_000,
      250,
    );
    expect(dead.messages[0].body).toMatchObject({
      Type: 'Notification',
      Message: 'this is not a domain event',
    });
    expect((await stack.api.put(`/queue-admin/purge-queue/${DOMAIN_EVENTS_DLQ}`, ALL)).body).toEqual({
      messagesFoundCount: 1,
    });
    expect(await receivedBy({})).toEqual(Object.fromEntries(CONSUMERS.map((consumer) => [consumer, []])));
  }, 60_000);

  it('dead-letters a domain event whose person cannot be looked up, and sends its events once queue admin retries it', async () => {
    await stack.stubs.setFault({ prefix: '/ndelius/search/probation-cases', status: 503 });
    await publishFixture('prisoner-updated-location');
    await eventually(
      async () => (await stack.api.get(`/queue-admin/get-dlq-messages/${DOMAIN_EVENTS_DLQ}`, ALL)).body,
      (answer) => answer.messagesFoundCount === 1,
      30_000,
      250,
    );
    expect(
      await rows(`SELECT count(*)::int AS count FROM event_notification WHERE hmpps_id = 'L123456'`),
    ).toEqual([{ count: 0 }]);

    await stack.stubs.resetFaults();
    expect((await stack.api.put(`/queue-admin/retry-dlq/${DOMAIN_EVENTS_DLQ}`, ALL)).body).toEqual({
      messagesFoundCount: 1,
    });
    // Marcus Webb (K4321LA, CRN L123456) in Moorland: his record changed location.
    const types = [
      'PERSON_STATUS_CHANGED',
      'PERSON_CELL_LOCATION_CHANGED',
      'PRISONERS_CHANGED',
      'PRISONER_CHANGED',
      'PERSON_EDUCATION_ASSESSMENTS_CHANGED',
    ];
    const received = await receivedBy({ 'events-full': 5, 'events-moorland': 5, 'events-wildcard': 5 });
    expect(received['events-full'].map((message) => message.attributes.eventType).sort()).toEqual(
      [...types].sort(),
    );
    expect(
      bodyOf(received['events-full'].find((m) => m.attributes.eventType === 'PERSON_CELL_LOCATION_CHANGED')!),
    ).toMatchObject({
      hmppsId: 'L123456',
      prisonId: 'MDI',
      url: `${BASE_URL}/v1/persons/L123456/cell-location`,
    });
  }, 90_000);

  it('reports stuck events and domain event outcomes in the metrics', async () => {
    const metrics = await (await fetch(`${stack.apps[0].metricsUrl}/metrics`)).text();
    expect(metrics).toMatch(/^integration_events_stuck\{status="PENDING"\} 0$/m);
    expect(metrics).toMatch(/^integration_events_stuck\{status="PROCESSING"\} 0$/m);
    expect(metrics).toMatch(/^integration_events_domain_events_total\{outcome="failed"\} [1-9]/m);
    expect(metrics).toMatch(/^integration_events_domain_events_total\{outcome="mapped"\} [1-9]/m);
    expect(metrics).toMatch(/^integration_events_messages_total\{outcome="suspended"\} [1-9]/m);
  });
});
