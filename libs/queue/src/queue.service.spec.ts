import { Test, TestingModule } from '@nestjs/testing';
import { PlatformModule } from '@libs/platform';
import { DatabaseModule } from '@libs/database';
import { createTestDatabase, TestDatabase } from '../../testing/src/database';
import { QueueModule, QueueService, UnknownQueueError } from './index';

async function startQueues(): Promise<TestingModule> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      PlatformModule.forRoot({ name: 'queue-spec', required: [] }),
      DatabaseModule.forRoot({ entities: [], migrations: [] }),
      QueueModule.forRoot({
        queues: ['orders', 'emails', 'reports'],
        retryLimit: 1,
        retryDelaySeconds: 0,
        pollingIntervalSeconds: 0.5,
      }),
    ],
  }).compile();
  return moduleRef.init();
}

async function eventually<T>(
  probe: () => Promise<T> | T,
  accept: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`condition not met within ${timeoutMs} ms; last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const savedUrl = process.env.DATABASE_URL;
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
});

afterAll(async () => {
  if (savedUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = savedUrl;
  await database?.drop();
});

describe('QueueService', () => {
  it('names each queue with its dead-letter queue, audit included, and rejects unknown names', async () => {
    const moduleRef = await startQueues();
    try {
      const queues = moduleRef.get(QueueService);
      expect(queues.queueNames()).toEqual(['audit', 'orders', 'emails', 'reports']);
      expect(queues.dlqNames()).toEqual(['audit-dlq', 'orders-dlq', 'emails-dlq', 'reports-dlq']);
      expect(queues.isKnown('orders')).toBe(true);
      expect(queues.isKnown('orders-dlq')).toBe(true);
      expect(queues.isKnown('nope')).toBe(false);

      await expect(queues.send('nope', {})).rejects.toThrow(UnknownQueueError);
      await expect(queues.send('orders-dlq', {})).rejects.toThrow(UnknownQueueError);
      await expect(queues.size('nope')).rejects.toThrow(new UnknownQueueError('nope'));
      await expect(queues.purge('nope-dlq')).rejects.toThrow(UnknownQueueError);
      await expect(queues.dlqMessages('orders', 10)).rejects.toMatchObject({
        queueName: 'orders',
        message: 'orders not found',
      });
      await expect(queues.retryDlq('nope-dlq')).rejects.toThrow(UnknownQueueError);
      await expect(queues.work('nope', async () => undefined)).rejects.toThrow(UnknownQueueError);
    } finally {
      await moduleRef.close();
    }
  });

  it('refuses new work once the app has shut down', async () => {
    const moduleRef = await startQueues();
    const queues = moduleRef.get(QueueService);
    await moduleRef.close();
    await expect(queues.send('orders', { late: true })).rejects.toThrow('queues are shut down');
    await expect(queues.size('orders')).rejects.toThrow('queues are shut down');
  });

  it('delivers a sent message to a worker, and purges waiting messages', async () => {
    const moduleRef = await startQueues();
    try {
      const queues = moduleRef.get(QueueService);
      const received: Array<{ payload: object; id: string; queue: string }> = [];
      await queues.work<{ orderId: number }>('orders', async (payload, message) => {
        received.push({ payload, ...message });
      });
      const id = await queues.send('orders', { orderId: 7 });
      await eventually(
        () => received.length,
        (count) => count === 1,
      );
      expect(received).toEqual([{ payload: { orderId: 7 }, id, queue: 'orders' }]);
      await eventually(
        () => queues.size('orders'),
        (size) => size === 0,
      );

      for (const n of [1, 2, 3]) await queues.send('reports', { n });
      expect(await queues.size('reports')).toBe(3);
      expect(await queues.purge('reports')).toBe(3);
      expect(await queues.size('reports')).toBe(0);
      expect(await queues.purge('reports')).toBe(0);
    } finally {
      await moduleRef.close();
    }
  });

  it('dead-letters a message that keeps failing, shows it without consuming it, and retries it', async () => {
    // First app instance: a worker that fails every attempt.
    const failing = await startQueues();
    let attempts = 0;
    try {
      const queues = failing.get(QueueService);
      await queues.work('emails', async () => {
        attempts += 1;
        throw new Error('mail server unavailable');
      });
      await queues.send('emails', { to: 'someone@example.org' });
      await eventually(
        () => queues.size('emails-dlq'),
        (size) => size === 1,
      );
      expect(attempts).toBe(2); // the first attempt plus retryLimit (1) retries
      expect(await queues.size('emails')).toBe(0);
    } finally {
      await failing.close();
    }

    // Second instance (as another replica would): peek, then retry, then process.
    const admin = await startQueues();
    try {
      const queues = admin.get(QueueService);
      const peeked = await queues.dlqMessages('emails-dlq', 10);
      expect(peeked).toEqual([
        {
          id: expect.any(String),
          body: { to: 'someone@example.org' },
          createdOn: expect.any(Date),
          error: 'mail server unavailable',
        },
      ]);
      expect(await queues.dlqMessages('emails-dlq', 10)).toEqual(peeked);
      expect(await queues.dlqMessages('emails-dlq', 0)).toEqual([]);
      expect(await queues.size('emails-dlq')).toBe(1);

      expect(await queues.retryDlq('emails-dlq')).toBe(1);
      expect(await queues.size('emails-dlq')).toBe(0);
      expect(await queues.size('emails')).toBe(1);
      expect(await queues.retryAllDlqs()).toEqual([
        { dlq: 'audit-dlq', count: 0 },
        { dlq: 'orders-dlq', count: 0 },
        { dlq: 'emails-dlq', count: 0 },
        { dlq: 'reports-dlq', count: 0 },
      ]);

      const delivered: object[] = [];
      await queues.work('emails', async (payload) => {
        delivered.push(payload);
      });
      await eventually(
        () => delivered.length,
        (count) => count === 1,
      );
      expect(delivered).toEqual([{ to: 'someone@example.org' }]);
    } finally {
      await admin.close();
    }
  });

  it('moves each dead-lettered message exactly once when two replicas retry at the same time', async () => {
    const failing = await startQueues();
    try {
      const queues = failing.get(QueueService);
      await queues.work('reports', async () => {
        throw new Error('report store offline');
      });
      for (const n of [1, 2, 3]) await queues.send('reports', { n });
      await eventually(
        () => queues.size('reports-dlq'),
        (size) => size === 3,
      );
    } finally {
      await failing.close();
    }

    const replicas = await Promise.all([startQueues(), startQueues()]);
    try {
      const [first, second] = replicas.map((replica) => replica.get(QueueService));
      const counts = await Promise.all([first.retryDlq('reports-dlq'), second.retryDlq('reports-dlq')]);
      expect(counts[0] + counts[1]).toBe(3);
      expect(await first.size('reports-dlq')).toBe(0);
      expect(await first.size('reports')).toBe(3);
      expect(await first.purge('reports')).toBe(3);
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()));
    }
  });

  it('retries the messages of every dead-letter queue at once', async () => {
    const failing = await startQueues();
    try {
      const queues = failing.get(QueueService);
      const fail = async () => {
        throw new Error('downstream rejected it');
      };
      await queues.work('orders', fail);
      await queues.work('emails', fail);
      await Promise.all([
        queues.send('orders', { n: 1 }),
        queues.send('orders', { n: 2 }),
        queues.send('emails', { n: 3 }),
      ]);
      await eventually(
        async () => [await queues.size('orders-dlq'), await queues.size('emails-dlq')],
        ([orders, emails]) => orders === 2 && emails === 1,
      );
    } finally {
      await failing.close();
    }

    const admin = await startQueues();
    try {
      const queues = admin.get(QueueService);
      expect(await queues.retryAllDlqs()).toEqual([
        { dlq: 'audit-dlq', count: 0 },
        { dlq: 'orders-dlq', count: 2 },
        { dlq: 'emails-dlq', count: 1 },
        { dlq: 'reports-dlq', count: 0 },
      ]);
      expect([await queues.size('orders'), await queues.size('emails')]).toEqual([2, 1]);
      expect(await queues.purge('orders')).toBe(2);
      expect(await queues.purge('emails')).toBe(1);
    } finally {
      await admin.close();
    }
  });
});
