import { PublishBatchCommand } from '@aws-sdk/client-sns';
import { DataSource } from 'typeorm';
import { BASE_URL, EventsStack, startEventsStack } from './events-test-app';

const EVENTS = 1_000;
/** Prison ids of the events: Moorland first, then 999 others, so every event has its own URL. */
const PRISONS = [
  'MDI',
  ...Array.from({ length: EVENTS - 1 }, (_, i) => `P${String(i + 1).padStart(4, '0')}`),
];

const capacityAmended = (prisonId: string) => ({
  eventType: 'location.inside.prison.signed-op-cap.amended',
  version: 1,
  description: 'The signed operational capacity of a prison has been amended',
  occurredAt: new Date().toISOString(),
  additionalInformation: { prisonId },
});

const mappedBy = async (metricsUrl: string) => {
  const text = await (await fetch(`${metricsUrl}/metrics`)).text();
  return Number(/^integration_events_domain_events_total\{outcome="mapped"\} (\d+)/m.exec(text)?.[1] ?? 0);
};

describe('integration events with two app instances on one database and one emulator', () => {
  let stack: EventsStack;

  beforeAll(async () => {
    stack = await startEventsStack(2, { EVENTS_PUBLISH_DELAY_SECONDS: '1' });
  }, 90_000);

  afterAll(async () => {
    await stack?.close();
  });

  it('delivers each of 1,000 events exactly once to every consumer queue it is for', async () => {
    for (let start = 0; start < EVENTS; start += 10) {
      await stack.queues.sns.send(
        new PublishBatchCommand({
          TopicArn: stack.topicArn,
          PublishBatchRequestEntries: PRISONS.slice(start, start + 10).map((prisonId, index) => ({
            Id: String(index),
            Message: JSON.stringify(capacityAmended(prisonId)),
            MessageAttributes: {
              eventType: { DataType: 'String', StringValue: 'location.inside.prison.signed-op-cap.amended' },
            },
          })),
        }),
      );
    }

    // Collected until no more arrive for 3 s: a second delivery of any event would show up here.
    const [full, wildcard, moorland, probation] = await Promise.all([
      stack.received('events-full', EVENTS, 150_000, 3_000),
      stack.received('events-wildcard', EVENTS, 150_000, 3_000),
      stack.received('events-moorland', 1, 150_000, 3_000),
      stack.received('events-probation', 0, 150_000, 3_000),
    ]);
    const urls = PRISONS.map((prisonId) => `${BASE_URL}/v1/prison/${prisonId}/capacity`).sort();
    for (const messages of [full, wildcard]) {
      const received = messages.map(
        (message) => JSON.parse((message.json as { Message: string }).Message).url as string,
      );
      expect(received).toHaveLength(EVENTS);
      expect(received.sort()).toEqual(urls);
    }
    expect(moorland.map((message) => JSON.parse((message.json as { Message: string }).Message).url)).toEqual([
      `${BASE_URL}/v1/prison/MDI/capacity`,
    ]);
    // A prison is nobody's: its supervision status is unknown.
    expect(probation).toEqual([]);

    // Both instances took domain events off the queue, and together exactly the 1,000 published.
    const [first, second] = await Promise.all(stack.apps.map((app) => mappedBy(app.metricsUrl)));
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(0);
    expect(first + second).toBe(EVENTS);
    const processed = await stack.apps[1].app
      .get(DataSource)
      .query(`SELECT status, count(*)::int AS count FROM event_notification GROUP BY status`);
    expect(processed).toEqual([{ status: 'PROCESSED', count: EVENTS }]);
  }, 240_000);
});
