import { ListTopicsCommand } from '@aws-sdk/client-sns';
import { http, HttpClient, QueueEmulator, RunningStubs, startQueueEmulator, startStubs } from '@libs/testing';

/** The domain events topic with one queue subscribed, as the HMPPS Integration API declares them. */
const DECLARATIONS = {
  queues: { domainqueue: { localName: 'stub-domain-events', subscribeTopicId: 'domainevents' } },
  topics: { domainevents: { localArn: 'arn:aws:sns:eu-west-2:000000000000:domainevents-topic' } },
};

describe('domain-event publisher (stand-in for the HMPPS services publishing domain events)', () => {
  let emulator: QueueEmulator;
  let stubs: RunningStubs;
  let admin: HttpClient;

  beforeAll(async () => {
    emulator = await startQueueEmulator();
    await emulator.provision(DECLARATIONS);
    const topics = await emulator.sns.send(new ListTopicsCommand({}));
    const topicArn = topics
      .Topics!.map((topic) => topic.TopicArn!)
      .find((arn) => arn.endsWith(':domainevents-topic'))!;
    stubs = await startStubs({ DOMAIN_EVENTS_SNS_URL: emulator.url, DOMAIN_EVENTS_TOPIC_ARN: topicArn });
    admin = http(stubs.url);
  }, 30_000);

  afterAll(async () => {
    await stubs?.close();
    await emulator?.close();
  });

  it('lists its fixture events', async () => {
    const answer = await admin.get('/__admin/domain-events/fixtures');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(
      expect.arrayContaining([
        { name: 'prisoner-received', eventType: 'prisoner-offender-search.prisoner.received' },
        { name: 'location-amended', eventType: 'location.inside.prison.amended' },
      ]),
    );
    expect(answer.body.length).toBeGreaterThanOrEqual(10);
  });

  it('publishes a fixture to the topic as HMPPS services do: the event as the message, eventType as an attribute', async () => {
    const published = await admin.post('/__admin/domain-events/fixtures/iep-review-inserted');
    expect(published.status).toBe(202);
    expect(published.body).toEqual({
      messageId: expect.any(String),
      eventType: 'incentives.iep-review.inserted',
    });
    const [delivered] = await emulator.collect('stub-domain-events', { count: 1 });
    const notification = delivered.json as {
      Type: string;
      MessageId: string;
      Message: string;
      MessageAttributes: unknown;
    };
    expect(notification).toMatchObject({
      Type: 'Notification',
      MessageId: published.body.messageId,
      MessageAttributes: { eventType: { Type: 'String', Value: 'incentives.iep-review.inserted' } },
    });
    const event = JSON.parse(notification.Message);
    expect(event).toMatchObject({
      eventType: 'incentives.iep-review.inserted',
      additionalInformation: { nomsNumber: 'G2996UX' },
    });
    // Stamped when published.
    expect(Date.now() - Date.parse(event.occurredAt)).toBeLessThan(60_000);
  });

  it('publishes any domain event given as the body', async () => {
    const event = {
      eventType: 'person.alert.created',
      personReference: { identifiers: [{ type: 'NOMS', value: 'A1234AA' }] },
    };
    expect((await admin.post('/__admin/domain-events', { body: event })).status).toBe(202);
    const [delivered] = await emulator.collect('stub-domain-events', { count: 1 });
    expect(JSON.parse((delivered.json as { Message: string }).Message)).toEqual(event);
  });

  it.each([
    ['a list', [1, 2]],
    ['no eventType', { occurredAt: '2026-01-15T10:00:00Z' }],
    ['an eventType with spaces', { eventType: 'not an event type' }],
    ['a body over 256 KiB', { eventType: 'person.alert.created', padding: 'x'.repeat(300 * 1024) }],
  ])('refuses %s with 400 and publishes nothing', async (_, body) => {
    const answer = await admin.post('/__admin/domain-events', { body });
    expect(answer.status).toBe(400);
    expect(await emulator.collect('stub-domain-events', { count: 0, quietMs: 300 })).toEqual([]);
  });

  it('answers 404 for an unknown fixture', async () => {
    expect((await admin.post('/__admin/domain-events/fixtures/nope')).status).toBe(404);
  });

  it("takes what arrived on a consumer's queue, standing in for the consumer", async () => {
    await admin.post('/__admin/domain-events/fixtures/location-amended');
    const taken = await admin.get('/__admin/consumer-queues/stub-domain-events/messages');
    expect(taken.status).toBe(200);
    expect(taken.body).toEqual([
      expect.objectContaining({ body: expect.objectContaining({ Type: 'Notification' }) }),
    ]);
    expect((await admin.get('/__admin/consumer-queues/stub-domain-events/messages')).body).toEqual([]);
    expect((await admin.get('/__admin/consumer-queues/no such queue/messages')).status).toBe(400);
    expect(
      (await admin.get('/__admin/consumer-queues/stub-domain-events/messages', { query: { max: '11' } }))
        .status,
    ).toBe(400);
  });

  it('says what to set when no topic is configured', async () => {
    const unconfigured = await startStubs({
      DOMAIN_EVENTS_SNS_URL: undefined,
      DOMAIN_EVENTS_TOPIC_ARN: undefined,
    });
    try {
      const answer = await http(unconfigured.url).post('/__admin/domain-events/fixtures/prisoner-received');
      expect(answer.status).toBe(503);
      expect(answer.body.message).toBe(
        'No domain events topic: set DOMAIN_EVENTS_SNS_URL (the SNS/SQS emulator) and DOMAIN_EVENTS_TOPIC_ARN',
      );
    } finally {
      await unconfigured.close();
    }
  });
});
