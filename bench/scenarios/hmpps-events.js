// hmpps-integration-api's integration events end to end: domain events published on the emulator's
// domain events topic, through the app (listener, store, publisher after the delay, outbox relay) to a
// consumer's queue. Figures: events per second from topic to queue, and how long past the delay each
// event arrived (the wait for the next publisher pass, the hand-over and the relay).
const { PublishBatchCommand, ListTopicsCommand } = require('@aws-sdk/client-sns');
const {
  DeleteMessageBatchCommand,
  GetQueueUrlCommand,
  ReceiveMessageCommand,
} = require('@aws-sdk/client-sqs');
const { setTimeout: sleep } = require('node:timers/promises');
const { Client } = require('pg');
const { cpuSince } = require('../lib/processes');

/** HEAD's delay is 5 minutes; only what comes after it is measured, so a short one does. */
const PUBLISH_DELAY_SECONDS = 1;
/** HEAD passes every 10 s, which adds up to 10 s to every figure; 1 s here. */
const PASS_INTERVAL_MS = 1_000;
/** The local full-access consumer's queue (config/authorisation.local.yaml: automated-test-client). */
const CONSUMER_QUEUE = 'bench-events-full-access';
const EVENT_TYPE = 'location.inside.prison.signed-op-cap.amended';
const PUBLISHERS = 4;
const RECEIVERS = 4;

/** What the app needs for the flow: every event part on, and the local consumers' queues named. */
const EVENTS_ENV = {
  FEATURE_FLAG_ENABLE_DOMAIN_EVENTS_QUEUE_LISTENER: 'true',
  FEATURE_FLAG_DEDUPLICATE_EVENTS: 'true',
  FEATURE_FLAG_ENABLE_PUBLISH_PENDING_EVENTS: 'true',
  FEATURE_FLAG_ENABLE_DELETE_PROCESSED_EVENTS: 'true',
  INTEGRATION_API_BASE_URL: 'http://127.0.0.1',
  EVENTS_PUBLISH_DELAY_SECONDS: String(PUBLISH_DELAY_SECONDS),
  NOTIFIER_SCHEDULE_RATE: String(PASS_INTERVAL_MS),
  HMPPS_SQS_QUEUES_TESTQUEUE_QUEUE_NAME: CONSUMER_QUEUE,
  HMPPS_SQS_QUEUES_KILCOSUBSCRIBERQUEUE_QUEUE_NAME: 'bench-events-specific-prison',
  HMPPS_SQS_QUEUES_MAPPSSUBSCRIBERQUEUE_QUEUE_NAME: 'bench-events-probation-only',
  HMPPS_SQS_QUEUES_DASOSUBSCRIBERQUEUE_QUEUE_NAME: 'bench-events-suspended',
};

function percentile(sorted, p) {
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Each event its own prison (so none collapses into another): one PRISON_CAPACITY_CHANGED event each. */
function prisonIds(count, run) {
  return Array.from({ length: count }, (_, i) => `B${run}${String(i).padStart(5, '0')}`);
}

async function publishAll(sns, topicArn, prisons, publishedAt) {
  let next = 0;
  const publisher = async () => {
    while (next < prisons.length) {
      const batch = prisons.slice(next, next + 10);
      next += 10;
      const at = Date.now();
      await sns.send(
        new PublishBatchCommand({
          TopicArn: topicArn,
          PublishBatchRequestEntries: batch.map((prisonId, index) => ({
            Id: String(index),
            Message: JSON.stringify({
              eventType: EVENT_TYPE,
              version: 1,
              occurredAt: new Date(at).toISOString(),
              additionalInformation: { prisonId },
            }),
            MessageAttributes: { eventType: { DataType: 'String', StringValue: EVENT_TYPE } },
          })),
        }),
      );
      for (const prisonId of batch) publishedAt.set(prisonId, at);
    }
  };
  await Promise.all(Array.from({ length: PUBLISHERS }, publisher));
}

/** Takes messages off the consumer's queue until `count` distinct events arrived or the time is up. */
async function receiveAll(sqs, queueUrl, count, deadline, arrivals) {
  let received = 0;
  const receiver = async () => {
    while (arrivals.size < count && Date.now() < deadline) {
      const { Messages = [] } = await sqs.send(
        new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
      );
      const at = Date.now();
      if (Messages.length === 0) continue;
      received += Messages.length;
      await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: Messages.map((message, index) => ({
            Id: String(index),
            ReceiptHandle: message.ReceiptHandle,
          })),
        }),
      );
      for (const message of Messages) {
        const url = JSON.parse(JSON.parse(message.Body).Message).url;
        const prisonId = /\/v1\/prison\/([^/]+)\/capacity$/.exec(url)?.[1];
        if (prisonId && !arrivals.has(prisonId)) arrivals.set(prisonId, at);
      }
    }
  };
  await Promise.all(Array.from({ length: RECEIVERS }, receiver));
  return received;
}

/** When the last of this run's events was stored (the listener's side of the flow). */
async function storedSpan(databaseUrl, prisons) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT count(*)::int AS count, max(last_modified_datetime) AS last FROM event_notification WHERE prison_id = ANY($1)`,
      [prisons],
    );
    return { count: rows[0].count, last: new Date(rows[0].last).getTime() };
  } finally {
    await client.end();
  }
}

/** The topic and the consumer queue, once the app has created them on the emulator (it does so at start). */
async function provisioned(sqs, sns) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const topics = await sns.send(new ListTopicsCommand({}));
    const topicArn = (topics.Topics ?? [])
      .map((t) => t.TopicArn)
      .find((arn) => arn.endsWith(':domainevents-topic'));
    const queueUrl = await sqs
      .send(new GetQueueUrlCommand({ QueueName: CONSUMER_QUEUE }))
      .then((answer) => answer.QueueUrl)
      .catch(() => undefined);
    if (topicArn && queueUrl) return { topicArn, queueUrl };
    if (Date.now() > deadline)
      throw new Error('the app did not create its domain events topic and consumer queue');
    await sleep(100);
  }
}

let runs = 0;

const scenario = {
  name: 'hmpps-events',
  title: `${EVENT_TYPE} on the domain events topic → PRISON_CAPACITY_CHANGED on a consumer queue`,
  /** The flow, not a request load: run once, with its own figures. */
  async run({ ctx, options, log }) {
    const { sqs, sns } = ctx.emulator;
    const count = options.quick ? 500 : 5_000;
    const { topicArn, queueUrl } = await provisioned(sqs, sns);
    runs += 1;
    const prisons = prisonIds(count, runs);
    const publishedAt = new Map();
    const arrivals = new Map();
    const cpuUsed = cpuSince(ctx.appPid, ctx.dbPid);
    const started = Date.now();
    const deadline = started + PUBLISH_DELAY_SECONDS * 1000 + 120_000;
    const receiving = receiveAll(sqs, queueUrl, count, deadline, arrivals);
    await publishAll(sns, topicArn, prisons, publishedAt);
    const published = Date.now();
    const received = await receiving;
    // Anything arriving a little later would be a second delivery of an event.
    await sleep(PASS_INTERVAL_MS * 2);
    const extra = await receiveAll(sqs, queueUrl, 0, Date.now() + 1_000, new Map());
    const beyond = prisons
      .filter((prisonId) => arrivals.has(prisonId))
      .map((prisonId) => arrivals.get(prisonId) - publishedAt.get(prisonId) - PUBLISH_DELAY_SECONDS * 1000)
      .sort((a, b) => a - b);
    const lastArrival = Math.max(...arrivals.values());
    const stored = await storedSpan(ctx.databaseUrl, prisons);
    // From the moment the first events were due until the last was on the queue.
    const flowSeconds = (lastArrival - started - PUBLISH_DELAY_SECONDS * 1000) / 1000;
    const cpu = cpuUsed();
    const figures = {
      events: count,
      delivered: arrivals.size,
      duplicates: received + extra - arrivals.size,
      publishPerSecond: count / ((published - started) / 1000),
      // How fast the listener took them in: from the first publication to the last event stored.
      storedPerSecond: stored.count / ((stored.last - started) / 1000),
      eventsPerSecond: arrivals.size / flowSeconds,
      beyondDelayP50Ms: percentile(beyond, 50),
      beyondDelayP99Ms: percentile(beyond, 99),
      beyondDelayMaxMs: beyond[beyond.length - 1],
      appCpuMsPerEvent: cpu.server / count,
      ...(cpu.db === undefined ? {} : { dbCpuMsPerEvent: cpu.db / count }),
      delaySeconds: PUBLISH_DELAY_SECONDS,
      passIntervalMs: PASS_INTERVAL_MS,
    };
    log(
      `  ${figures.delivered}/${count} delivered, ${figures.duplicates} duplicates, ${Math.round(figures.storedPerSecond)} stored/s, ${Math.round(figures.eventsPerSecond)} events/s, ` +
        `beyond the delay p50 ${figures.beyondDelayP50Ms} ms p99 ${figures.beyondDelayP99Ms} ms`,
    );
    const p99Limit = PASS_INTERVAL_MS + 2_000;
    return {
      ...figures,
      checks: {
        delivery: {
          met: figures.delivered === count && figures.duplicates === 0,
          detail: `${figures.delivered} of ${count} events delivered, ${figures.duplicates} twice`,
        },
        beyondDelayP99: {
          met: figures.beyondDelayP99Ms <= p99Limit,
          detail: `p99 ${figures.beyondDelayP99Ms} ms past the delay vs ≤ ${p99Limit} ms (one pass interval + 2 s)`,
        },
      },
    };
  },
};

module.exports = { scenario, EVENTS_ENV };
