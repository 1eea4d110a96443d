import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, http, RunningStubs, startApp, startStubs, TestDatabase } from '@libs/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { VERA_PLATFORM_OPTIONS } from '../src/platform-options';
import { RIVERSIDE, SAM, testEnv } from './vera-test-env';

/** Key rotation as documented in the README: add the new key first, reseal, then retire the old key. */
describe('secret encryption key rotation', () => {
  let stubs: RunningStubs;
  let dataDir: string | undefined;
  let database: TestDatabase | undefined;
  const oldKey = `2026a:${randomBytes(32).toString('base64')}`;
  const newKey = `2026b:${randomBytes(32).toString('base64')}`;

  beforeAll(async () => {
    stubs = await startStubs();
    // The same database across restarts: a directory for the embedded server, or one database on the real one.
    database = process.env.TEST_DATABASE_URL ? await createTestDatabase() : undefined;
    dataDir = database ? undefined : mkdtempSync(join(tmpdir(), 'vera-rotation-'));
  });
  afterAll(async () => {
    await stubs?.close();
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function withApp<T>(
    keys: string,
    run: (url: string, app: Awaited<ReturnType<typeof startApp>>) => Promise<T>,
  ): Promise<T> {
    const storage: Record<string, string> = database
      ? { DATABASE_URL: database.url }
      : { EMBEDDED_DB_DIR: dataDir as string };
    const started = await startApp(AppModule, {
      env: testEnv(stubs.url, { VERA_SECRET_KEYS: keys, ...storage }),
      platform: VERA_PLATFORM_OPTIONS,
    });
    try {
      return await run(started.url, started);
    } finally {
      await started.close();
    }
  }

  it('keeps working across the rotation and ends with every secret under the new key', async () => {
    const admin = { authorization: `Bearer ${await stubs.token({ roles: ['ROLE_VERA_ADMIN'] })}` };
    const mis = { authorization: `Bearer ${await stubs.token({ roles: ['ROLE_VERA_MIS'] })}` };
    const fetchSam = (url: string) =>
      http(url).get(`/api/providers/${RIVERSIDE.ukprn}/learners/${SAM.uln}`, { headers: mis });

    await withApp(oldKey, async (url) => {
      const created = await http(url).post('/admin/providers', {
        headers: admin,
        body: {
          ukprn: RIVERSIDE.ukprn,
          displayName: RIVERSIDE.providerName,
          clientId: RIVERSIDE.clientId,
          clientSecret: RIVERSIDE.clientSecret,
        },
      });
      expect(created.body.secretKeyId).toBe('2026a');
    });

    // Retiring the old key before resealing: a clear error naming the missing key, never the secret.
    await withApp(newKey, async (url) => {
      const early = await fetchSam(url);
      expect(early.status).toBe(500);
      expect(early.body).toMatchObject({
        errorCode: 'PROVIDER_SECRET_UNREADABLE',
        developerMessage: expect.stringContaining('"2026a"'),
      });
      expect(early.text).not.toContain(RIVERSIDE.clientSecret);
    });

    await withApp(`${newKey},${oldKey}`, async (url, started) => {
      expect((await fetchSam(url)).status).toBe(200);
      const resealed = await http(url).post('/admin/providers/reseal-secrets', { headers: admin });
      expect(resealed.body).toEqual({ resealed: 1, activeKeyId: '2026b' });
      const [row] = await started.app
        .get(DataSource)
        .query('SELECT secret_key_id FROM vera_providers WHERE ukprn = $1', [RIVERSIDE.ukprn]);
      expect(row.secret_key_id).toBe('2026b');
      expect(
        (await http(url).post('/admin/providers/reseal-secrets', { headers: admin })).body.resealed,
      ).toBe(0);
    });

    await withApp(newKey, async (url) => {
      expect((await fetchSam(url)).status).toBe(200);
    });
  });
});
