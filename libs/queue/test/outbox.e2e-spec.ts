import { DeleteQueueCommand, GetQueueUrlCommand } from '@aws-sdk/client-sqs';
import { TestingModule } from '@nestjs/testing';
import { MetricsService } from '@libs/platform';
import {
  createTestDatabase,
  eventually,
  QueueEmulator,
  startQueueEmulator,
  TestDatabase,
} from '@libs/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { Outbox, QueueAdmin, QueueListeners, ReceivedMessage, UnknownQueueError } from '../src';
import { startQueueApp, TEST_ENV, TEST_QUEUES } from './queue-test-app';

const pendingRows = (app: TestingModule) =>
  app
    .get(DataSource)
    .query('SELECT count(*)::int AS count FROM outbox_message')
    .then((rows) => rows[0].count as number);

describe('outbox → SQS/SNS (real SDK calls to the fauxqs emulator)', () => {
  let emulator: QueueEmulator;
  let database: TestDatabase;
  let app: TestingModule;

  beforeAll(async () => {
    [emulator, database] = await Promise.all([startQueueEmulator(), createTestDatabase()]);
    await emulator.provision(TEST_QUEUES, TEST_ENV);
    app = await startQueueApp(emulator, database.url, { relay: { maxAttempts: 2, retryDelayMs: 50 } });
  });

  afterAll(async () => {
    await app?.close();
    await Promise.all([emulator?.close(), database?.drop()]);
  });

  it('sends a body with its attributes and a stable eventId, then forgets it', async () => {
    const id = await app
      .get(Outbox)
      .sendToQueue('orders', { orderId: 7 }, { attributes: { eventType: 'order.placed' } });
    const [message] = await emulator.collect('test-orders', { count: 1 });
    expect(message.json).toEqual({ orderId: 7 });
    expect(message.attributes).toEqual({ eventType: 'order.placed', eventId: id });
    expect(
      await eventually(
        () => pendingRows(app),
        (count) => count === 0,
      ),
    ).toBe(0);
  });

  it('publishes to a topic; a subscribed queue gets the SNS notification when the filter matches', async () => {
    const outbox = app.get(Outbox);
    const id = await outbox.publishToTopic(
      'events',
      { n: 1 },
      { attributes: { eventType: 'order.created' } },
    );
    await outbox.publishToTopic('events', { n: 2 }, { attributes: { eventType: 'order.cancelled' } });
    const messages = await emulator.collect('test-inbound', { count: 1, quietMs: 500 });
    expect(messages).toHaveLength(1);
    const notification = messages[0].json as {
      Type: string;
      Message: string;
      MessageAttributes: Record<string, { Value: string }>;
    };
    expect(notification.Type).toBe('Notification');
    expect(JSON.parse(notification.Message)).toEqual({ n: 1 });
    expect(notification.MessageAttributes.eventId.Value).toBe(id);
    expect(notification.MessageAttributes.eventType.Value).toBe('order.created');
  });

  it("writes in the caller's transaction: nothing leaves when it rolls back, the message leaves once it commits", async () => {
    const outbox = app.get(Outbox);
    const dataSource = app.get(DataSource);
    await expect(
      dataSource.transaction(async (manager) => {
        await outbox.sendToQueue('orders', { rolledBack: true }, { manager });
        throw new Error('the write this message belongs to failed');
      }),
    ).rejects.toThrow('failed');
    await dataSource.transaction((manager) => outbox.sendToQueue('orders', { committed: true }, { manager }));
    const messages = await emulator.collect('test-orders', { count: 1, quietMs: 1500 });
    expect(messages.map((message) => message.json)).toEqual([{ committed: true }]);
  });

  it('refuses unknown destinations and what SQS could not take, before storing anything', async () => {
    const outbox = app.get(Outbox);
    await expect(outbox.sendToQueue('nope', {})).rejects.toBeInstanceOf(UnknownQueueError);
    await expect(outbox.publishToTopic('orders', {})).rejects.toBeInstanceOf(UnknownQueueError);
    await expect(outbox.sendToQueue('orders', 'x'.repeat(300 * 1024))).rejects.toThrow('256 KiB');
    await expect(outbox.sendToQueue('orders', 'nul \u0000')).rejects.toThrow('text SQS accepts');
    await expect(outbox.sendToQueue('orders', {}, { attributes: { eventId: 'mine' } })).rejects.toThrow(
      'attribute',
    );
    await expect(outbox.sendToQueue('orders', {}, { attributes: { 'AWS.x': 'y' } })).rejects.toThrow(
      'attribute',
    );
    await expect(outbox.sendToQueue('orders', {}, { id: 'not-a-uuid' })).rejects.toThrow('UUID');
    expect(await pendingRows(app)).toBe(0);
  });

  it('dead-letters what SQS keeps refusing; queue admin lists, retries and purges the outbox dead letters', async () => {
    const outbox = app.get(Outbox);
    const admin = app.get(QueueAdmin);
    const queueUrl = (await emulator.sqs.send(new GetQueueUrlCommand({ QueueName: 'test-orders' }))).QueueUrl;
    await emulator.sqs.send(new DeleteQueueCommand({ QueueUrl: queueUrl }));
    const first = await outbox.sendToQueue('orders', { lost: 1 });
    const second = await outbox.sendToQueue('orders', { lost: 2 });

    const peek = await eventually(
      () => admin.peek('orders-outbox-dlq', 10),
      (p) => p.messagesFoundCount === 2,
    );
    expect(peek.messages).toEqual(
      expect.arrayContaining([
        { messageId: first, body: { lost: 1 } },
        { messageId: second, body: { lost: 2 } },
      ]),
    );
    expect((await admin.peek('orders-outbox-dlq', 1)).messages).toHaveLength(1);
    const metrics = await app.get(MetricsService).registry.metrics();
    expect(metrics).toContain('outbox_dead_letter_messages{destination="orders"} 2');
    expect(metrics).toMatch(/outbox_relay_sends_total\{destination="orders",outcome="dead_lettered"\} 2/);

    await emulator.provision(TEST_QUEUES, TEST_ENV);
    expect(await admin.retryDlq('orders-outbox-dlq')).toBe(2);
    const delivered = await emulator.collect('test-orders', { count: 2 });
    expect(delivered.map((message) => message.attributes.eventId).sort()).toEqual([first, second].sort());
    expect((await admin.peek('orders-outbox-dlq', 10)).messagesFoundCount).toBe(0);

    await emulator.sqs.send(new DeleteQueueCommand({ QueueUrl: queueUrl }));
    await outbox.sendToQueue('orders', { lost: 3 });
    await eventually(
      () => admin.peek('orders-outbox-dlq', 10),
      (p) => p.messagesFoundCount === 1,
    );
    expect(await admin.purge('orders-outbox-dlq')).toBe(1);
    expect(await admin.purge('orders-outbox-dlq')).toBe(0);
    await emulator.provision(TEST_QUEUES, TEST_ENV);
  });

  it('listens with a real DLQ: failures are redelivered, then dead-lettered by SQS; queue admin peeks without taking, retries and purges', async () => {
    const admin = app.get(QueueAdmin);
    const handled: ReceivedMessage[] = [];
    let accept = false;
    app.get(QueueListeners).listen('inbound', async (message) => {
      handled.push(message);
      if (!accept) throw new Error('not yet');
    });
    const id = await app
      .get(Outbox)
      .publishToTopic('events', { n: 3 }, { attributes: { eventType: 'order.created' } });

    const peek = await eventually(
      () => admin.peek('test-inbound-dlq', 10),
      (p) => p.messagesFoundCount === 1,
    );
    expect(handled.map((message) => message.receiveCount)).toEqual([1, 2]);
    expect(peek.messages).toHaveLength(1);
    expect((peek.messages[0].body as { Message: string }).Message).toBe('{"n":3}');
    expect((await admin.peek('test-inbound-dlq', 10)).messagesFoundCount).toBe(1);
    accept = true;
    expect((await admin.retryAllDlqs()).find((count) => count.dlqName === 'test-inbound-dlq')).toEqual({
      dlqName: 'test-inbound-dlq',
      messagesFoundCount: 1,
    });
    await eventually(
      async () => handled.length,
      (count) => count === 3,
    );
    expect(handled[2].attributes).toEqual({});
    expect(JSON.parse(handled[2].body).MessageAttributes.eventId.Value).toBe(id);
    expect(
      await eventually(
        () => emulator.depth('test-inbound'),
        (depth) => depth === 0,
      ),
    ).toBe(0);
    expect((await admin.peek('test-inbound-dlq', 10)).messagesFoundCount).toBe(0);
    expect(await admin.purge('test-inbound-dlq')).toBe(0);
    await expect(admin.peek('test-inbound', 10)).rejects.toBeInstanceOf(UnknownQueueError);
    await expect(admin.retryDlq('nope-dlq')).rejects.toBeInstanceOf(UnknownQueueError);
  });

  it('keeps messages while SQS is down (metrics show them) and delivers each exactly once when it is back', async () => {
    await emulator.stop();
    const outbox = app.get(Outbox);
    const ids = await Promise.all([1, 2, 3].map((n) => outbox.sendToQueue('orders', { outage: n })));
    const metrics = app.get(MetricsService).registry;
    const unreachable = /outbox_relay_sends_total\{destination="orders",outcome="unreachable"\} [1-9]/;
    const pending = await eventually(
      () => metrics.metrics(),
      (text) => text.includes('outbox_pending_messages{destination="orders"} 3') && unreachable.test(text),
    );
    expect(pending).toContain('outbox_pending_messages{destination="orders"} 3');
    expect(pending).toMatch(unreachable);
    await sleep(1000);
    expect(await pendingRows(app)).toBe(3);

    await emulator.start();
    const delivered = await emulator.collect('test-orders', { count: 3, quietMs: 1000 });
    expect(delivered.map((message) => message.attributes.eventId).sort()).toEqual([...ids].sort());
    expect(
      await eventually(
        () => pendingRows(app),
        (count) => count === 0,
      ),
    ).toBe(0);
  });
});
