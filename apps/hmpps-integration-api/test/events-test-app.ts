import { ListTopicsCommand, PublishCommand } from '@aws-sdk/client-sns';
import {
  createTestDatabase,
  EmulatedMessage,
  EnvOverrides,
  http,
  HttpClient,
  QueueEmulator,
  RunningStubs,
  startApp,
  StartedApp,
  startQueueEmulator,
  startStubs,
  TestDatabase,
} from '@libs/testing';
import { join } from 'node:path';
import { AppModule } from '../src/app.module';
import { platformOptions } from '../src/platform-options';
import { HMPPS_QUEUES, HMPPS_TOPICS } from '../src/queues';
import { stubEnv } from './hmpps-test-app';

/** The consumers of test/events-consumers.yaml, with the SQS name of each one's queue. */
export const CONSUMER_QUEUES = {
  'events-full': { id: 'testqueue', name: 'events-full-queue' },
  'events-moorland': { id: 'kilcosubscriberqueue', name: 'events-moorland-queue' },
  'events-probation': { id: 'mappssubscriberqueue', name: 'events-probation-queue' },
  'events-reference-data': { id: 'catssubscriberqueue', name: 'events-reference-data-queue' },
  'events-suspended': { id: 'dasosubscriberqueue', name: 'events-suspended-queue' },
  'events-wildcard': { id: 'ctrlosubscriberqueue', name: 'events-wildcard-queue' },
} as const;
export type EventsConsumer = keyof typeof CONSUMER_QUEUES;

export const DOMAIN_EVENTS_DLQ = 'hmpps_integrations_events_queue_dlq';
export const BASE_URL = 'https://integration-api.test';

/** Every event part on (locally HEAD has them off), a short delay and pass interval, two deliveries before the DLQ. */
export const EVENTS_ENV: EnvOverrides = {
  AUTHORISATION_CONFIG: join(__dirname, 'events-consumers.yaml'),
  FEATURE_FLAG_ENABLE_DOMAIN_EVENTS_QUEUE_LISTENER: 'true',
  FEATURE_FLAG_ENABLE_PUBLISH_PENDING_EVENTS: 'true',
  FEATURE_FLAG_DEDUPLICATE_EVENTS: 'true',
  FEATURE_FLAG_ENABLE_DELETE_PROCESSED_EVENTS: 'true',
  INTEGRATION_API_BASE_URL: BASE_URL,
  EVENTS_PUBLISH_DELAY_SECONDS: '2',
  NOTIFIER_SCHEDULE_RATE: '200',
  HMPPS_SQS_QUEUES_HMPPSDOMAINQUEUE_DLQ_MAX_RECEIVE_COUNT: '2',
  ...Object.fromEntries(
    Object.values(CONSUMER_QUEUES).map(({ id, name }) => [
      `HMPPS_SQS_QUEUES_${id.toUpperCase()}_QUEUE_NAME`,
      name,
    ]),
  ),
};

export interface EventsStack {
  stubs: RunningStubs;
  queues: QueueEmulator;
  database: TestDatabase;
  apps: StartedApp[];
  /** The first instance's API (queue admin). */
  api: HttpClient;
  /** The stubs' admin API (the domain-event publisher). */
  stubsAdmin: HttpClient;
  /** The domain events topic as the emulator named it. */
  topicArn: string;
  /** Publishes a raw SNS message on the domain events topic, as any HMPPS service could. */
  publishRaw(message: string, eventType?: string): Promise<void>;
  /** Takes what arrived on a consumer's queue: `count` messages, then `quietMs` more to catch extras. */
  received(
    consumer: EventsConsumer,
    count: number,
    timeoutMs?: number,
    quietMs?: number,
  ): Promise<EmulatedMessage[]>;
  close(): Promise<void>;
}

/**
 * Stubs, the SQS/SNS emulator and `instances` copies of the app sharing one database (an embedded
 * PostgreSQL, or a fresh database on TEST_DATABASE_URL's server), with the events switched on.
 */
export async function startEventsStack(instances = 1, overrides: EnvOverrides = {}): Promise<EventsStack> {
  const queues = await startQueueEmulator();
  const database = await createTestDatabase();
  const apps: StartedApp[] = [];
  let stubs: RunningStubs | undefined;
  try {
    const env = { ...queues.env, ...EVENTS_ENV, ...overrides };
    await queues.provision({ queues: HMPPS_QUEUES, topics: HMPPS_TOPICS }, env);
    const topics = await queues.sns.send(new ListTopicsCommand({}));
    const topicArn = topics.Topics?.map((topic) => topic.TopicArn ?? '').find((arn) =>
      arn.endsWith(':domainevents-topic'),
    );
    if (!topicArn) throw new Error('the emulator has no domainevents-topic');
    stubs = await startStubs({ DOMAIN_EVENTS_SNS_URL: queues.url, DOMAIN_EVENTS_TOPIC_ARN: topicArn });
    const appEnv = {
      ...env,
      ...stubEnv(stubs.url, { ...EVENTS_ENV, ...overrides }),
      DATABASE_URL: database.url,
    };
    // One after the other: each runs the migrations at start.
    for (let i = 0; i < instances; i += 1) {
      apps.push(
        await startApp(AppModule, { env: appEnv, platform: platformOptions(appEnv as NodeJS.ProcessEnv) }),
      );
    }
    const running = stubs;
    return {
      stubs: running,
      queues,
      database,
      apps,
      api: http(apps[0].url),
      stubsAdmin: http(running.url),
      topicArn,
      publishRaw: async (message, eventType) => {
        await queues.sns.send(
          new PublishCommand({
            TopicArn: topicArn,
            Message: message,
            MessageAttributes: eventType
              ? { eventType: { DataType: 'String', StringValue: eventType } }
              : undefined,
          }),
        );
      },
      received: (consumer, count, timeoutMs = 20_000, quietMs = 500) =>
        queues.collect(CONSUMER_QUEUES[consumer].name, { count, timeoutMs, quietMs }),
      close: async () => {
        for (const app of apps) await app.close();
        await Promise.all([running.close(), queues.close()]);
        await database.drop();
      },
    };
  } catch (error) {
    for (const app of apps) await app.close();
    await Promise.all([stubs?.close(), queues.close()]);
    await database.drop();
    throw error;
  }
}
