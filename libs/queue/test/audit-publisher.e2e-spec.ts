import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestingModule } from '@nestjs/testing';
import { startEmbeddedPostgres } from '@libs/database';
import { createTestDatabase, QueueEmulator, startQueueEmulator, TestDatabase } from '@libs/testing';
import { DataSource } from 'typeorm';
import { AuditPublisher, Outbox } from '../src';
import { OutboxStore } from '../src/outbox/outbox.store';
import { startQueueApp, TEST_ENV, TEST_QUEUES } from './queue-test-app';

const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const rows = async (app: TestingModule, what: string) =>
  (
    await app
      .get(DataSource)
      .query(`SELECT count(*)::int AS count FROM outbox_message WHERE body LIKE $1`, [`%"${what}"%`])
  )[0].count as number;

describe('AuditPublisher (HMPPS Audit messages on the audit queue, through the outbox)', () => {
  let emulator: QueueEmulator;
  let database: TestDatabase;

  beforeAll(async () => {
    [emulator, database] = await Promise.all([startQueueEmulator(), createTestDatabase()]);
    await emulator.provision(TEST_QUEUES, TEST_ENV);
  });

  afterAll(async () => {
    await Promise.all([emulator?.close(), database?.drop()]);
  });

  it('sends what, who, when, service and details, with the app name as service by default', async () => {
    const app = await startQueueApp(emulator, database.url);
    try {
      const audit = app.get(AuditPublisher);
      const before = Date.now();
      await expect(
        audit.publish({ what: 'SEARCH_PERSON', who: 'client-a', details: '{"hmppsId":"G2996UX"}' }),
      ).resolves.toBe(true);
      await expect(
        audit.publish({
          what: 'match-uln',
          who: 'jsmith',
          details: 'A1234AA',
          service: 'hmpps-learner-records-api',
          correlationId: 'c-1',
        }),
      ).resolves.toBe(true);

      const messages = await emulator.collect('test-audit', { count: 2 });
      const byWhat = Object.fromEntries(
        messages.map((message) => [(message.json as { what: string }).what, message]),
      );
      expect(byWhat.SEARCH_PERSON.json).toEqual({
        what: 'SEARCH_PERSON',
        who: 'client-a',
        details: '{"hmppsId":"G2996UX"}',
        service: 'queue-spec',
        when: expect.stringMatching(ISO_INSTANT),
      });
      const when = Date.parse((byWhat.SEARCH_PERSON.json as { when: string }).when);
      expect(when).toBeGreaterThanOrEqual(before);
      expect(when).toBeLessThanOrEqual(Date.now());
      expect(byWhat['match-uln'].json).toEqual({
        what: 'match-uln',
        who: 'jsmith',
        details: 'A1234AA',
        service: 'hmpps-learner-records-api',
        correlationId: 'c-1',
        when: expect.stringMatching(ISO_INSTANT),
      });
      expect(byWhat['match-uln'].attributes).toEqual({ eventId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    } finally {
      await app.close();
    }
  });

  it('uses the configured audit service name over the app name', async () => {
    const app = await startQueueApp(emulator, database.url, {
      audit: { service: 'hmpps-integration-api', who: () => undefined },
    });
    try {
      await expect(app.get(AuditPublisher).publish({ what: 'GET_PERSON', details: { id: 1 } })).resolves.toBe(
        true,
      );
      const [message] = await emulator.collect('test-audit', { count: 1 });
      expect(message.json).toMatchObject({
        what: 'GET_PERSON',
        service: 'hmpps-integration-api',
        details: { id: 1 },
      });
      expect(message.json).not.toHaveProperty('who');
    } finally {
      await app.close();
    }
  });

  it('stores every one of many concurrent events, several to an INSERT, before each publish resolves', async () => {
    const app = await startQueueApp(emulator, database.url, { relay: { enabled: false } });
    try {
      const inserts = jest.spyOn(app.get(OutboxStore), 'insert');
      const audit = app.get(AuditPublisher);
      const results = await Promise.all(
        Array.from({ length: 60 }, (_, index) =>
          audit.publish({ what: `CONCURRENT_${index}`, who: 'client-a' }),
        ),
      );
      expect(results.every(Boolean)).toBe(true);
      // Resolved means stored: all 60 are in the outbox already, with no relay running.
      expect(await rows(app, 'CONCURRENT_%')).toBe(60);
      expect(inserts.mock.calls.length).toBeLessThan(60);
      await app.get(DataSource).query(`DELETE FROM outbox_message WHERE body LIKE '%"CONCURRENT_%'`);
    } finally {
      await app.close();
    }
  });

  it('refuses new events once 10,000 are waiting for a stalled database, instead of holding them all', async () => {
    const app = await startQueueApp(emulator, database.url, { relay: { enabled: false } });
    try {
      let unstall: () => void = () => undefined;
      const outbox = app.get(Outbox);
      const add = outbox.add.bind(outbox);
      jest
        .spyOn(outbox, 'add')
        .mockImplementationOnce(
          (entries) => new Promise((resolve) => (unstall = () => resolve(add(entries)))),
        );
      const audit = app.get(AuditPublisher);
      const first = audit.publish({ what: 'STALLED' });
      await new Promise((resolve) => setImmediate(resolve));
      const queued = Array.from({ length: 10_000 }, () => audit.publish({ what: 'QUEUED' }));
      await expect(audit.publish({ what: 'ONE_TOO_MANY' })).resolves.toBe(false);
      unstall();
      await expect(first).resolves.toBe(true);
      expect((await Promise.all(queued)).every(Boolean)).toBe(true);
      expect(await rows(app, 'QUEUED')).toBe(10_000);
      expect(await rows(app, 'ONE_TOO_MANY')).toBe(0);
      await app.get(DataSource).query(`DELETE FROM outbox_message`);
    } finally {
      await app.close();
    }
  });

  it('reports false instead of throwing while the database is down, and stores again once it is back', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'audit-outage-'));
    let server = await startEmbeddedPostgres({ dataDir });
    const port = Number(new URL(server.url).port);
    let app: TestingModule | undefined;
    try {
      app = await startQueueApp(emulator, server.url);
      const audit = app.get(AuditPublisher);
      await server.stop();
      await expect(audit.publish({ what: 'DURING_OUTAGE', who: 'client-a' })).resolves.toBe(false);

      server = await startEmbeddedPostgres({ dataDir, port });
      await expect(audit.publish({ what: 'AFTER_OUTAGE', who: 'client-a' })).resolves.toBe(true);
      const messages = await emulator.collect('test-audit', { count: 1, quietMs: 1000 });
      expect(messages.map((message) => (message.json as { what: string }).what)).toEqual(['AFTER_OUTAGE']);
    } finally {
      await app?.close();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
