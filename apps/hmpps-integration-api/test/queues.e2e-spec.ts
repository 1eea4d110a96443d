import { QueueService } from '@libs/queue';
import { setTimeout as sleep } from 'node:timers/promises';
import { as, HmppsTestContext, startHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');
const EOI_QUEUE = 'jobsboardintegration';
const EOI_DLQ = 'jobsboardintegration-dlq';

/** Polls until `probe` gives a value `done` accepts (queues work in the background). */
async function eventually<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 45_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await sleep(250);
  }
}

describe('expression of interest and queue admin (spec §5.5 #46, §5.7 #54–57, §6.1–6.2)', () => {
  let context: HmppsTestContext;
  /** Stands in for the jobs board's consumer: it fails every message until told to accept. */
  const received: { payload: unknown; id: string }[] = [];
  let jobsBoardAccepts = false;

  beforeAll(async () => {
    // The seed era's expression of interest, queued for the jobs board (410 Gone by default).
    context = await startHmppsApi({ FEATURE_FLAG_SEED_EXPRESSION_OF_INTEREST: 'true' });
    await context.app.app.get(QueueService).work<object>(EOI_QUEUE, async (payload, message) => {
      received.push({ payload, id: message.id });
      if (!jobsBoardAccepts) throw new Error('jobs board is down');
    });
  });

  afterAll(async () => {
    await context?.close();
  });

  it('refuses bad and unknown people without queuing anything', async () => {
    const invalid = await context.api.put('/v1/persons/nope/expression-of-interest/jobs/job-1', ALL);
    expect(invalid.status).toBe(400);
    expect(invalid.body.userMessage).toBe('Invalid HMPPS ID: nope');
    const unknown = await context.api.put('/v1/persons/Z9999ZZ/expression-of-interest/jobs/job-1', ALL);
    expect(unknown.status).toBe(404);
    expect(unknown.body.userMessage).toBe('Could not find person with id: Z9999ZZ');
    const probationOnly = await context.api.put('/v1/persons/X654321/expression-of-interest/jobs/job-1', ALL);
    expect(probationOnly.status).toBe(404);
    expect(await context.app.app.get(QueueService).size(EOI_QUEUE)).toBe(0);
  });

  it.each([
    ['a NUL', 'job-1%00', 'job-1\\u0000'],
    ['a line feed', 'job%0A1', 'job\\n1'],
    ['a DEL', 'job-1%7F', 'job-1\u007f'],
  ])(
    'refuses a job id with %s (400 in the validation envelope) without queuing it',
    async (_, encoded, quoted) => {
      const response = await context.api.put(
        `/v1/persons/G2996UX/expression-of-interest/jobs/${encoded}`,
        ALL,
      );
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        status: 400,
        errorCode: null,
        userMessage: `Invalid job id: "${quoted}"`,
        developerMessage: `Validation failure: Invalid job id: "${quoted}"`,
        moreInfo: null,
      });
      expect(await context.app.app.get(QueueService).size(EOI_QUEUE)).toBe(0);
    },
  );

  it('lets only authorised consumers at queue admin, and answers 404 for unknown queues', async () => {
    expect((await context.api.put('/queue-admin/purge-queue/audit', as('limited-prisons'))).status).toBe(403);
    expect((await context.api.put('/queue-admin/retry-all-dlqs')).status).toBe(403);
    const unknownDlq = await context.api.put('/queue-admin/retry-dlq/nope-dlq', ALL);
    expect(unknownDlq.status).toBe(404);
    expect(unknownDlq.body.userMessage).toBe('nope-dlq not found');
    expect((await context.api.put('/queue-admin/purge-queue/nope', ALL)).status).toBe(404);
    // A main queue is not a dead-letter queue.
    expect((await context.api.get(`/queue-admin/get-dlq-messages/${EOI_QUEUE}`, ALL)).status).toBe(404);
    const badMax = await context.api.get(`/queue-admin/get-dlq-messages/${EOI_DLQ}`, {
      ...ALL,
      query: { maxMessages: 'lots' },
    });
    expect(badMax.status).toBe(400);
  });

  it('queues the §6.1 message, dead-letters it when the jobs board fails, and retries it from the DLQ', async () => {
    const response = await context.api.put('/v1/persons/AB123123/expression-of-interest/jobs/job-42', ALL);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: {}, errors: [] });

    await eventually(
      async () => received.length,
      (count) => count > 0,
    );
    const [first] = received;
    expect(first.payload).toEqual({
      body: {
        messageId: first.id,
        eventType: 'ExpressionOfInterestCreated',
        description: null,
        messageAttributes: { jobId: 'job-42', prisonNumber: 'G2996UX' },
      },
      messageAttributes: {
        eventType: { dataType: 'String', stringValue: 'mjma-jobs-board.job.expression-of-interest.created' },
      },
    });

    // Every attempt fails, so once the retries are used up the message is dead-lettered.
    const dead = await eventually(
      async () => (await context.api.get(`/queue-admin/get-dlq-messages/${EOI_DLQ}`, ALL)).body,
      (body) => body.messagesFoundCount === 1,
    );
    expect(dead).toEqual({
      messagesFoundCount: 1,
      messagesReturnedCount: 1,
      messages: [{ body: first.payload, messageId: expect.any(String) }],
    });
    const attempts = received.length;
    expect(attempts).toBeGreaterThan(1);
    // Looking does not take the message off the DLQ.
    expect(
      (await context.api.get(`/queue-admin/get-dlq-messages/${EOI_DLQ}`, ALL)).body.messagesFoundCount,
    ).toBe(1);

    jobsBoardAccepts = true;
    const retried = await context.api.put(`/queue-admin/retry-dlq/${EOI_DLQ}`, ALL);
    expect(retried.status).toBe(200);
    expect(retried.body).toEqual({ messagesFoundCount: 1 });
    await eventually(
      async () => received.length,
      (count) => count > attempts,
    );
    expect(received[received.length - 1].payload).toEqual(first.payload);
    expect((await context.api.get(`/queue-admin/get-dlq-messages/${EOI_DLQ}`, ALL)).body).toEqual({
      messagesFoundCount: 0,
      messagesReturnedCount: 0,
      messages: [],
    });
    expect((await context.api.put('/queue-admin/retry-all-dlqs', ALL)).body).toEqual([
      { messagesFoundCount: 0 },
      { messagesFoundCount: 0 },
    ]);
  }, 90_000);

  it('purges a queue: audit events wait there for the audit service', async () => {
    expect((await context.api.get('/v1/persons/G2996UX/iep-level', ALL)).status).toBe(200);
    const purged = await context.api.put('/queue-admin/purge-queue/audit', ALL);
    expect(purged.status).toBe(200);
    expect(purged.body.messagesFoundCount).toBeGreaterThanOrEqual(1);
    expect(await context.app.app.get(QueueService).size('audit')).toBe(0);
    expect((await context.api.put('/queue-admin/purge-queue/audit', ALL)).body).toEqual({
      messagesFoundCount: 0,
    });
  });

  // Last: the worker added here takes every audit event off the queue from now on.
  it('audits operations on their success path only, naming the consumer', async () => {
    const audited: { what: string; who: string; details: string; service: string }[] = [];
    await context.app.app.get(QueueService).work<(typeof audited)[number]>('audit', async (event) => {
      audited.push(event);
    });
    const body = {
      type: 'CANT',
      amount: 120,
      clientTransactionId: 'CL-AUDIT',
      clientUniqueRef: `AUDIT-${Date.now()}`,
    };
    expect((await context.api.get('/v1/prison/MDI/prisoners/G2996UX/balances', ALL)).status).toBe(200);
    expect((await context.api.get('/v1/prison/MDI/prisoners/nope/balances', ALL)).status).toBe(400);
    expect(
      (await context.api.post('/v1/prison/MDI/prisoners/G2996UX/transactions', { ...ALL, body })).status,
    ).toBe(200);

    const events = await eventually(
      async () => [...audited],
      (found) => found.length >= 2,
    );
    // Long enough for a stray event of the refused call to arrive too, were there one.
    await sleep(500);
    expect(events.map((event) => event.what).sort()).toEqual([
      'CREATE_TRANSACTION',
      'GET_BALANCES_FOR_PERSON',
    ]);
    const create = events.find((event) => event.what === 'CREATE_TRANSACTION');
    expect(create).toMatchObject({ who: 'all-access', service: 'hmpps-integration-api' });
    expect(JSON.parse(create?.details ?? '{}')).toEqual({
      hmppsId: 'G2996UX',
      prisonId: 'MDI',
      clientUniqueRef: body.clientUniqueRef,
    });
  });
});
