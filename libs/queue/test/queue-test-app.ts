import { Test, TestingModule } from '@nestjs/testing';
import { DatabaseModule } from '@libs/database';
import { PlatformModule } from '@libs/platform';
import { EnvOverrides, QueueEmulator } from '@libs/testing';
import { applyEnv } from '../../testing/src/env';
import { OUTBOX_ENTITIES, OUTBOX_MIGRATIONS, QueueModule, QueueModuleOptions } from '../src';

/** The queues of these tests: an outbound queue, a topic and a listened queue with a DLQ subscribed to it. */
export const TEST_QUEUES: Pick<QueueModuleOptions, 'queues' | 'topics'> = {
  queues: {
    audit: { localName: 'test-audit' },
    orders: { localName: 'test-orders' },
    inbound: {
      localName: 'test-inbound',
      localDlqName: 'test-inbound-dlq',
      subscribeTopicId: 'events',
      subscribeFilter: '{"eventType":["order.created"]}',
    },
  },
  topics: { events: { localArn: 'arn:aws:sns:eu-west-2:000000000000:test-events' } },
};

/** The environment of these tests beyond the emulator's: two deliveries before SQS dead-letters. */
export const TEST_ENV: EnvOverrides = { HMPPS_SQS_QUEUES_INBOUND_DLQ_MAX_RECEIVE_COUNT: '2' };

/** A Nest context with the platform, a database and the queue module pointed at the emulator. */
export async function startQueueApp(
  emulator: QueueEmulator,
  databaseUrl: string,
  options: Partial<QueueModuleOptions> = {},
  env: EnvOverrides = {},
): Promise<TestingModule> {
  const restore = applyEnv({
    ...emulator.env,
    DATABASE_URL: databaseUrl,
    ...TEST_ENV,
    ...env,
  });
  try {
    const moduleRef = await Test.createTestingModule({
      imports: [
        PlatformModule.forRoot({ name: 'queue-spec', required: [] }),
        DatabaseModule.forRoot({ entities: OUTBOX_ENTITIES, migrations: OUTBOX_MIGRATIONS }),
        QueueModule.forRoot({ ...TEST_QUEUES, relay: { pollIntervalMs: 100, ...options.relay }, ...options }),
      ],
    }).compile();
    return await moduleRef.init();
  } finally {
    restore();
  }
}
