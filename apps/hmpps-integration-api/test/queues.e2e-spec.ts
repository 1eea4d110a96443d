import { MetricsService } from '@libs/platform';
import { QueueListeners, ReceivedMessage } from '@libs/queue';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { eventually as eventuallyWithin } from '@libs/testing';
import { as, HmppsTestContext, startHmppsApi } from './hmpps-test-app';

/** The relay and SQS work in the background: up to 45 s, every 250 ms. */
const eventually = <T>(probe: () => Promise<T>, done: (value: T) => boolean) =>
  eventuallyWithin(probe, done, 45_000, 250);

const ALL = as('all-access');
/** Queue names as the emulator has them (the reference's local configuration), with a DLQ for the jobs board. */
const EOI_QUEUE = 'jobsboard-integration';
const EOI_DLQ = 'jobsboard-integration-dlq';
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('expression of interest, audit and queue admin on SQS', () => {
  let context: HmppsTestContext;
  /** Stands in for the jobs board's consumer: it fails every message until told to accept. */
  const received: ReceivedMessage[] = [];
  let jobsBoardAccepts = false;
  const outboxRows = async (destination: string) =>
    Number(
      (
        await context.app.app
          .get(DataSource)
          .query('SELECT count(*) AS count FROM outbox_message WHERE destination = $1', [destination])
      )[0].count,
    );

  beforeAll(async () => {
    // The seed era's expression of interest, queued for the jobs board (410 Gone by default).
    context = await startHmppsApi({
      FEATURE_FLAG_SEED_EXPRESSION_OF_INTEREST: 'true',
      // The jobs board's queue gets a DLQ here, so that a failing consumer shows SQS dead-lettering.
      HMPPS_SQS_QUEUES_JOBSBOARDINTEGRATION_DLQ_NAME: EOI_DLQ,
      HMPPS_SQS_QUEUES_JOBSBOARDINTEGRATION_DLQ_MAX_RECEIVE_COUNT: '2',
    });
    context.app.app.get(QueueListeners).listen('jobsboardintegration', async (message) => {
      received.push(message);
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
    expect(await outboxRows('jobsboardintegration')).toBe(0);
    await sleep(500);
    expect(received).toEqual([]);
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
      expect(await outboxRows('jobsboardintegration')).toBe(0);
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

  it('sends the jobs-board message with its eventType attribute; SQS dead-letters it when the jobs board fails, queue admin retries it', async () => {
    const response = await context.api.put('/v1/persons/AB123123/expression-of-interest/jobs/job-42', ALL);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: {}, errors: [] });

    await eventually(
      async () => received.length,
      (count) => count > 0,
    );
    const [first] = received;
    const body = JSON.parse(first.body);
    expect(body).toEqual({
      messageId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      eventType: 'ExpressionOfInterestCreated',
      description: null,
      messageAttributes: { jobId: 'job-42', prisonNumber: 'G2996UX' },
    });
    // The reference's eventType attribute, and the outbox's stable id (= the body's messageId).
    expect(first.attributes).toEqual({
      eventType: 'mjma-jobs-board.job.expression-of-interest.created',
      eventId: body.messageId,
    });

    // Every delivery fails, so after two SQS moves the message to the DLQ.
    const dead = await eventually(
      async () => (await context.api.get(`/queue-admin/get-dlq-messages/${EOI_DLQ}`, ALL)).body,
      (answer) => answer.messagesFoundCount === 1,
    );
    expect(dead).toEqual({
      messagesFoundCount: 1,
      messagesReturnedCount: 1,
      messages: [{ body, messageId: first.messageId }],
    });
    const attempts = received.length;
    expect(attempts).toBe(2);
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
    expect(JSON.parse(received[received.length - 1].body)).toEqual(body);
    expect(received[received.length - 1].attributes).toEqual(first.attributes);
    expect(
      await eventually(
        async () => (await context.api.get(`/queue-admin/get-dlq-messages/${EOI_DLQ}`, ALL)).body,
        (answer) => answer.messagesFoundCount === 0,
      ),
    ).toEqual({ messagesFoundCount: 0, messagesReturnedCount: 0, messages: [] });
    // One count per configured queue (audit, jobs board, HEAD's five write queues, the domain events
    // queue), then the domainevents topic: nothing is left to retry.
    expect((await context.api.put('/queue-admin/retry-all-dlqs', ALL)).body).toEqual(
      Array.from({ length: 9 }, () => ({ messagesFoundCount: 0 })),
    );
  }, 90_000);

  it('purges a queue: audit events wait there for the audit service', async () => {
    expect((await context.api.get('/v1/persons/G2996UX/iep-level', ALL)).status).toBe(200);
    await eventually(
      () => context.queues.depth('audit'),
      (depth) => depth >= 1,
    );
    const purged = await context.api.put('/queue-admin/purge-queue/audit', ALL);
    expect(purged.status).toBe(200);
    expect(purged.body.messagesFoundCount).toBeGreaterThanOrEqual(1);
    expect(await context.queues.depth('audit')).toBe(0);
    expect((await context.api.put('/queue-admin/purge-queue/audit', ALL)).body).toEqual({
      messagesFoundCount: 0,
    });
  });

  it('audits operations on their success path only, naming the consumer', async () => {
    await context.queues.collect('audit', { count: 0, quietMs: 1000 });
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

    // Long enough after the second for a stray event of the refused call to arrive too, were there one.
    const events = (await context.queues.collect('audit', { count: 2, quietMs: 1000 })).map(
      (message) =>
        message.json as { what: string; who: string; details: string; service: string; when: string },
    );
    expect(events.map((event) => event.what).sort()).toEqual([
      'CREATE_TRANSACTION',
      'GET_BALANCES_FOR_PERSON',
    ]);
    const create = events.find((event) => event.what === 'CREATE_TRANSACTION');
    expect(create).toEqual({
      what: 'CREATE_TRANSACTION',
      who: 'all-access',
      service: 'hmpps-integration-api',
      details: expect.any(String),
      when: expect.stringMatching(ISO_INSTANT),
    });
    expect(JSON.parse(create?.details ?? '{}')).toEqual({
      hmppsId: 'G2996UX',
      prisonId: 'MDI',
      clientUniqueRef: body.clientUniqueRef,
    });
  });

  it('answers while SQS is down, keeps the audit events in the outbox (metrics show them) and delivers each once when it is back', async () => {
    await context.queues.collect('audit', { count: 0, quietMs: 500 });
    await context.queues.stop();
    try {
      for (const path of [
        '/v1/persons/G2996UX/iep-level',
        '/v1/persons/G2996UX/name',
        '/v1/persons/A1234AA/name',
      ])
        expect((await context.api.get(path, ALL)).status).toBe(200);
      const metrics = context.app.app.get(MetricsService).registry;
      const text = await eventually(
        () => metrics.metrics(),
        (value) => value.includes('outbox_pending_messages{destination="audit"} 3'),
      );
      expect(text).toContain('outbox_pending_messages{destination="audit"} 3');
      expect(text).toMatch(/outbox_oldest_pending_age_seconds\{destination="audit"\} [0-9.]+/);
      const health = await context.api.get('/health', ALL);
      expect(health.status).toBe(503);
      expect(health.body.components['audit-health'].status).toBe('DOWN');
      expect(health.body.components.outbox).toEqual({
        status: 'UP',
        details: expect.objectContaining({ pendingMessages: 3 }),
      });
    } finally {
      await context.queues.start();
    }
    const delivered = await context.queues.collect('audit', { count: 3, timeoutMs: 30_000, quietMs: 1500 });
    expect(delivered.map((message) => (message.json as { what: string }).what).sort()).toEqual([
      'GET_PERSON_NAME',
      'GET_PERSON_NAME',
      'GET_PRISONER_IEP_LEVEL',
    ]);
    expect(new Set(delivered.map((message) => message.attributes.eventId)).size).toBe(3);
    expect(await outboxRows('audit')).toBe(0);
    expect((await context.api.get('/health', ALL)).body.components['audit-health']).toEqual({
      status: 'UP',
      details: { queueName: 'audit', messagesOnQueue: 0, messagesInFlight: 0 },
    });
  }, 90_000);
});
