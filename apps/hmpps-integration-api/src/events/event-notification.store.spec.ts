import { createTestDatabase, TestDatabase } from '@libs/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { NewEventNotification } from './event-notification';
import { MIGRATIONS } from '../database/migrations';
import { EventNotificationStore } from './event-notification.store';

const event = (url: string, eventType = 'PERSON_NAME_CHANGED'): NewEventNotification => ({
  url,
  eventType,
  hmppsId: 'A1234AA',
  prisonId: 'MDI',
  supervisionStatus: 'PRISONS',
});

/**
 * The event table on a real PostgreSQL server with TEST_DATABASE_URL (where concurrent statements truly
 * interleave), else on the embedded one.
 */
describe('EventNotificationStore', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let store: EventNotificationStore;
  const sql = (text: string, parameters: unknown[] = []) => dataSource.query(text, parameters);
  const age = (seconds: number) =>
    sql(`UPDATE event_notification SET last_modified_datetime = now() - make_interval(secs => $1)`, [
      seconds,
    ]);

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: MIGRATIONS,
      migrationsRun: true,
      poolSize: 20,
    });
    await dataSource.initialize();
    store = new EventNotificationStore(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  beforeEach(() => sql('DELETE FROM event_notification'));

  it('keeps one pending event per URL and type, however many identical ones arrive at once', async () => {
    const inserted = await Promise.all(
      Array.from({ length: 20 }, () =>
        store.insertPending([event('u/1'), event('u/1', 'PERSON_ALERTS_CHANGED')]),
      ),
    );
    expect(inserted.reduce((sum, count) => sum + count, 0)).toBe(2);
    expect(await sql(`SELECT url, event_type, status FROM event_notification ORDER BY event_type`)).toEqual([
      { url: 'u/1', event_type: 'PERSON_ALERTS_CHANGED', status: 'PENDING' },
      { url: 'u/1', event_type: 'PERSON_NAME_CHANGED', status: 'PENDING' },
    ]);
    // Once claimed, the same event is new again.
    await age(10);
    await store.claim(randomUUID(), 5, 10, 300);
    expect(await store.insertPending([event('u/1')])).toBe(1);
  });

  it('claims only events older than the delay, oldest first, up to the limit', async () => {
    await store.insertPending([event('u/old'), event('u/older')]);
    await sql(
      `UPDATE event_notification SET last_modified_datetime = now() - interval '20 seconds' WHERE url = 'u/old'`,
    );
    await sql(
      `UPDATE event_notification SET last_modified_datetime = now() - interval '30 seconds' WHERE url = 'u/older'`,
    );
    await store.insertPending([event('u/new')]);
    const claimId = randomUUID();
    const claimed = await store.claim(claimId, 10, 1, 300);
    expect(claimed.map((e) => e.url)).toEqual(['u/older']);
    expect(claimed[0]).toMatchObject({ hmppsId: 'A1234AA', prisonId: 'MDI', supervisionStatus: 'PRISONS' });
    expect((await store.claim(randomUUID(), 10, 10, 300)).map((e) => e.url)).toEqual(['u/old']);
    expect(await store.claim(randomUUID(), 10, 10, 300)).toEqual([]);
  });

  it('never gives one event to two concurrent claims', async () => {
    await store.insertPending(Array.from({ length: 300 }, (_, i) => event(`u/${i}`)));
    await age(10);
    const claims = await Promise.all(Array.from({ length: 12 }, () => store.claim(randomUUID(), 5, 40, 300)));
    const claimed = claims.flat().map((e) => e.eventId);
    expect(claimed).toHaveLength(300);
    expect(new Set(claimed).size).toBe(300);
  });

  it('takes over a claim older than the lease; its first claimant can then no longer complete it', async () => {
    await store.insertPending([event('u/1')]);
    await age(10);
    const first = randomUUID();
    const [claimed] = await store.claim(first, 5, 10, 300);
    expect(await store.claim(randomUUID(), 5, 10, 300)).toEqual([]);
    await sql(`UPDATE event_notification SET claimed_at = now() - interval '301 seconds'`);
    const second = randomUUID();
    expect((await store.claim(second, 5, 10, 300)).map((e) => e.eventId)).toEqual([claimed.eventId]);
    await dataSource.transaction(async (manager) => {
      expect(await store.complete([claimed.eventId!], first, manager)).toBe(0);
      expect(await store.complete([claimed.eventId!], second, manager)).toBe(1);
    });
    expect(await sql(`SELECT status FROM event_notification`)).toEqual([{ status: 'PROCESSED' }]);
  });

  it('puts a failed event back to pending, or drops it when an identical one is pending already', async () => {
    await store.insertPending([event('u/1'), event('u/2')]);
    await age(10);
    const claimId = randomUUID();
    const claimed = await store.claim(claimId, 5, 10, 300);
    await store.insertPending([event('u/2')]);
    for (const one of claimed) await store.release(one.eventId!, claimId);
    expect(await sql(`SELECT url, status, claim_id FROM event_notification ORDER BY url`)).toEqual([
      { url: 'u/1', status: 'PENDING', claim_id: null },
      { url: 'u/2', status: 'PENDING', claim_id: null },
    ]);
  });

  it('reports events pending or processing for too long, by status', async () => {
    await store.insertPending([event('u/1'), event('u/2'), event('u/3')]);
    await age(700);
    await store.claim(randomUUID(), 5, 1, 300);
    await store.insertPending([event('u/fresh')]);
    const stuck = await store.stuck(600);
    expect(
      stuck
        .map(({ status, eventCount }) => ({ status, eventCount }))
        .sort((a, b) => a.status.localeCompare(b.status)),
    ).toEqual([
      { status: 'PENDING', eventCount: 2 },
      { status: 'PROCESSING', eventCount: 1 },
    ]);
  });

  it('deletes processed events once older than the retention, and nothing else', async () => {
    await store.insertPending([event('u/1'), event('u/2'), event('u/3')]);
    await age(100);
    const claimId = randomUUID();
    const claimed = await store.claim(claimId, 5, 2, 300);
    await dataSource.transaction((manager) =>
      store.complete(
        claimed.map((e) => e.eventId!),
        claimId,
        manager,
      ),
    );
    expect(await store.deleteProcessed(200, 10)).toBe(0);
    expect(await store.deleteProcessed(50, 1)).toBe(1);
    expect(await store.deleteProcessed(50, 10)).toBe(1);
    expect(await sql(`SELECT url, status FROM event_notification`)).toEqual([
      { url: 'u/3', status: 'PENDING' },
    ]);
  });
});
