import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test, TestingModule } from '@nestjs/testing';
import { PlatformModule } from '@libs/platform';
import { DatabaseModule, startEmbeddedPostgres } from '@libs/database';
import { createTestDatabase, TestDatabase } from '../../testing/src/database';
import { AuditMessage, AuditPublisher, QueueModule, QueueModuleOptions, QueueService } from './index';

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

async function startApp(options: Partial<QueueModuleOptions> = {}): Promise<TestingModule> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      PlatformModule.forRoot({ name: 'audit-spec', required: [] }),
      DatabaseModule.forRoot({ entities: [], migrations: [] }),
      QueueModule.forRoot({ queues: [], pollingIntervalSeconds: 0.5, ...options }),
    ],
  }).compile();
  return moduleRef.init();
}

/** Everything on the audit queue, as its consumer (the HMPPS Audit service) would receive it. */
async function drainAudit(queues: QueueService, expected: number): Promise<AuditMessage[]> {
  const received: AuditMessage[] = [];
  await queues.work<AuditMessage>('audit', async (message) => {
    received.push(message);
  });
  const deadline = Date.now() + 20_000;
  while (received.length < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return received;
}

describe('AuditPublisher', () => {
  it('queues what, who, when, service and details, with the app name as service by default', async () => {
    const moduleRef = await startApp();
    try {
      const audit = moduleRef.get(AuditPublisher);
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
        }),
      ).resolves.toBe(true);

      const messages = await drainAudit(moduleRef.get(QueueService), 2);
      const byWhat = Object.fromEntries(messages.map((message) => [message.what, message]));
      expect(byWhat.SEARCH_PERSON).toEqual({
        what: 'SEARCH_PERSON',
        who: 'client-a',
        details: '{"hmppsId":"G2996UX"}',
        service: 'audit-spec',
        when: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      });
      expect(Date.parse(byWhat.SEARCH_PERSON.when)).toBeGreaterThanOrEqual(before);
      expect(Date.parse(byWhat.SEARCH_PERSON.when)).toBeLessThanOrEqual(Date.now());
      expect(byWhat['match-uln']).toMatchObject({
        who: 'jsmith',
        details: 'A1234AA',
        service: 'hmpps-learner-records-api',
      });
    } finally {
      await moduleRef.close();
    }
  });

  it('uses the configured audit service name over the app name', async () => {
    const moduleRef = await startApp({ auditService: 'hmpps-integration-api' });
    try {
      await expect(
        moduleRef.get(AuditPublisher).publish({ what: 'GET_PERSON', details: { id: 1 } }),
      ).resolves.toBe(true);
      const [message] = await drainAudit(moduleRef.get(QueueService), 1);
      expect(message).toMatchObject({
        what: 'GET_PERSON',
        service: 'hmpps-integration-api',
        details: { id: 1 },
      });
      expect(message).not.toHaveProperty('who');
    } finally {
      await moduleRef.close();
    }
  });

  it('stores every one of many concurrent events, several to an INSERT, before each publish resolves', async () => {
    const moduleRef = await startApp();
    try {
      const queues = moduleRef.get(QueueService);
      const inserts = jest.spyOn(queues, 'sendMany');
      const before = await queues.size('audit');
      const audit = moduleRef.get(AuditPublisher);
      const results = await Promise.all(
        Array.from({ length: 60 }, (_, index) => audit.publish({ what: `EVENT_${index}`, who: 'client-a' })),
      );
      expect(results.every(Boolean)).toBe(true);
      // Resolved means stored: all 60 are on the queue already, without waiting for a worker.
      expect(await queues.size('audit')).toBe(before + 60);
      expect(inserts.mock.calls.length).toBeLessThan(60);
    } finally {
      await moduleRef.close();
    }
  });

  it('refuses new events once 10,000 are waiting for a stalled database, instead of holding them all', async () => {
    const moduleRef = await startApp();
    try {
      const queues = moduleRef.get(QueueService);
      const before = await queues.size('audit');
      let unstall: () => void = () => undefined;
      jest
        .spyOn(queues, 'sendMany')
        .mockImplementationOnce(() => new Promise<void>((resolve) => (unstall = resolve)));
      const audit = moduleRef.get(AuditPublisher);
      const first = audit.publish({ what: 'STALLED' });
      await new Promise((resolve) => setImmediate(resolve));
      const queued = Array.from({ length: 10_000 }, () => audit.publish({ what: 'QUEUED' }));
      await expect(audit.publish({ what: 'ONE_TOO_MANY' })).resolves.toBe(false);
      unstall();
      await expect(first).resolves.toBe(true);
      expect((await Promise.all(queued)).every(Boolean)).toBe(true);
      expect(await queues.size('audit')).toBe(before + 10_000);
    } finally {
      await moduleRef.close();
    }
  });

  it('reports false instead of throwing while the database is down, and publishes again once it is back', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'audit-outage-'));
    let server = await startEmbeddedPostgres({ dataDir });
    const port = Number(new URL(server.url).port);
    process.env.DATABASE_URL = server.url;
    let moduleRef: TestingModule | undefined;
    try {
      moduleRef = await startApp();
      const audit = moduleRef.get(AuditPublisher);

      await server.stop();
      await expect(audit.publish({ what: 'DURING_OUTAGE', who: 'client-a' })).resolves.toBe(false);

      server = await startEmbeddedPostgres({ dataDir, port });
      await expect(audit.publish({ what: 'AFTER_OUTAGE', who: 'client-a' })).resolves.toBe(true);
      const messages = await drainAudit(moduleRef.get(QueueService), 1);
      expect(messages.map((message) => message.what)).toEqual(['AFTER_OUTAGE']);
    } finally {
      process.env.DATABASE_URL = database.url;
      await moduleRef?.close();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
