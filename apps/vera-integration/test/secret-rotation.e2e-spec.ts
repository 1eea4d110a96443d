import { randomBytes } from 'node:crypto';
import {
  createTestDatabase,
  http,
  RunningStubs,
  startApp,
  startStubs,
  StartedApp,
  TestDatabase,
} from '@libs/testing';
import { request } from 'undici';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { VERA_PLATFORM_OPTIONS } from '../src/platform-options';
import { EASTFIELD, NORTHGATE, RIVERSIDE, SAM, SOUTHFIELD, testEnv } from './vera-test-app';

const key = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;
const secret = () => randomBytes(32).toString('hex');

/**
 * The README's rotation of VERA_SECRET_KEYS and VERA_SESSION_SECRET, with old and new replicas side by side
 * on one database as during a rolling deployment: 1. add the new value in second place everywhere; 2. move it
 * first everywhere, then reseal; 3. drop the old value. No replica answers an error at any point.
 */
describe('two-phase rotation of the credential key and the session secret', () => {
  let stubs: RunningStubs;
  let database: TestDatabase;
  let admin: Record<string, string>;
  let mis: Record<string, string>;
  const running = new Set<StartedApp>();
  const [oldKey, newKey] = [key('2026a'), key('2026b')];
  const [oldSecret, newSecret] = [secret(), secret()];

  async function replica(keys: string, sessionSecrets: string): Promise<StartedApp> {
    const started = await startApp(AppModule, {
      env: testEnv(stubs.url, {
        VERA_SECRET_KEYS: keys,
        VERA_SESSION_SECRET: sessionSecrets,
        DATABASE_URL: database.url,
      }),
      platform: VERA_PLATFORM_OPTIONS,
    });
    running.add(started);
    return started;
  }

  async function stop(app: StartedApp): Promise<void> {
    running.delete(app);
    await app.close();
  }

  async function register(app: StartedApp, provider: typeof RIVERSIDE): Promise<void> {
    const created = await http(app.url).post('/admin/providers', {
      headers: admin,
      body: {
        ukprn: provider.ukprn,
        displayName: provider.providerName,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
      },
    });
    expect(created.status).toBe(201);
  }

  /** Each provider's MIS call on each replica: the status codes, in order. */
  async function misStatuses(apps: StartedApp[], providers: Array<typeof RIVERSIDE>): Promise<number[]> {
    const statuses: number[] = [];
    for (const app of apps) {
      for (const provider of providers) {
        // Northgate-style learners are not shared with every provider: 200 and 404 both mean "read the secret".
        const response = await http(app.url).get(`/api/providers/${provider.ukprn}/learners/${SAM.uln}`, {
          headers: mis,
        });
        statuses.push(response.status === 404 ? 200 : response.status);
      }
    }
    return statuses;
  }

  /** Signs a browser in on one replica; the session cookie it gets. */
  async function signInOn(app: StartedApp): Promise<string> {
    const link = await http(app.url).post('/api/page-sessions', {
      headers: mis,
      body: { ukprn: RIVERSIDE.ukprn },
    });
    const answer = await request(link.body.signInUrl);
    await answer.body.dump();
    expect(answer.statusCode).toBe(303);
    return String(answer.headers['set-cookie']).split(';')[0];
  }

  async function homeStatus(app: StartedApp, cookie: string): Promise<number> {
    const answer = await request(`${app.url}/`, { headers: { cookie } });
    await answer.body.dump();
    return answer.statusCode;
  }

  beforeAll(async () => {
    stubs = await startStubs();
    database = await createTestDatabase();
    admin = { authorization: `Bearer ${await stubs.token({ roles: ['ROLE_VERA_ADMIN'] })}` };
    mis = { authorization: `Bearer ${await stubs.token({ roles: ['ROLE_VERA_MIS'] })}` };
  });
  afterAll(async () => {
    for (const app of running) await app.close();
    await database?.drop();
    await stubs?.close();
  });

  it('keeps every replica answering through all three steps, and ends with everything under the new key', async () => {
    let oldReplica = await replica(oldKey, oldSecret);
    await register(oldReplica, RIVERSIDE);
    const signedInBefore = await signInOn(oldReplica);

    // 1. The new key and secret are added in second place: known everywhere, used nowhere yet.
    let newReplica = await replica(`${oldKey},${newKey}`, `${oldSecret},${newSecret}`);
    await register(newReplica, NORTHGATE);
    expect(await misStatuses([oldReplica, newReplica], [RIVERSIDE, NORTHGATE])).toEqual([200, 200, 200, 200]);
    const signedInStep1 = await signInOn(newReplica);
    for (const cookie of [signedInBefore, signedInStep1]) {
      expect([await homeStatus(oldReplica, cookie), await homeStatus(newReplica, cookie)]).toEqual([
        200, 200,
      ]);
    }
    await stop(oldReplica);
    oldReplica = await replica(`${oldKey},${newKey}`, `${oldSecret},${newSecret}`);

    // 2. The new values move first: new replicas seal and sign with them; the rest already accept them.
    await stop(newReplica);
    newReplica = await replica(`${newKey},${oldKey}`, `${newSecret},${oldSecret}`);
    await register(newReplica, EASTFIELD);
    expect(await misStatuses([oldReplica, newReplica], [RIVERSIDE, NORTHGATE, EASTFIELD])).toEqual([
      200, 200, 200, 200, 200, 200,
    ]);
    const signedInStep2 = await signInOn(newReplica);
    expect([
      await homeStatus(oldReplica, signedInStep2),
      await homeStatus(newReplica, signedInStep2),
    ]).toEqual([200, 200]);
    // Resealing on a replica still on step 1 would seal back under the old key: it refuses.
    const early = await http(oldReplica.url).post('/admin/providers/reseal-secrets', {
      headers: admin,
      query: { activeKeyId: '2026b' },
    });
    expect([early.status, early.body.errorCode]).toEqual([409, 'ACTIVE_KEY_MISMATCH']);
    await stop(oldReplica);
    oldReplica = await replica(`${newKey},${oldKey}`, `${newSecret},${oldSecret}`);
    const resealed = await http(oldReplica.url).post('/admin/providers/reseal-secrets', {
      headers: admin,
      query: { activeKeyId: '2026b' },
    });
    expect(resealed.status).toBe(200);
    expect(resealed.body.activeKeyId).toBe('2026b');
    expect(resealed.body.resealed).toBeGreaterThanOrEqual(2);
    const again = await http(newReplica.url).post('/admin/providers/reseal-secrets', {
      headers: admin,
      query: { activeKeyId: '2026b' },
    });
    expect(again.body.resealed).toBe(0);
    const keyIds = await oldReplica.app
      .get(DataSource)
      .query(
        'SELECT secret_key_id FROM vera_providers UNION SELECT secret_key_id FROM vera_page_sessions WHERE expires_at > now()',
      );
    expect(keyIds).toEqual([{ secret_key_id: '2026b' }]);

    // 3. The old values go. Sessions signed before step 2 need a new sign-in (or wait out their lifetime).
    await stop(newReplica);
    newReplica = await replica(newKey, newSecret);
    expect(await misStatuses([oldReplica, newReplica], [RIVERSIDE, NORTHGATE, EASTFIELD])).toEqual([
      200, 200, 200, 200, 200, 200,
    ]);
    expect([
      await homeStatus(oldReplica, signedInStep2),
      await homeStatus(newReplica, signedInStep2),
    ]).toEqual([200, 200]);
    expect(await homeStatus(newReplica, signedInBefore)).toBe(401);
    await stop(oldReplica);
    await stop(newReplica);
  });

  it('shows why one step is not enough: a replica without the new key cannot read what a new one sealed', async () => {
    const [before, after] = [key('2027a'), key('2027b')];
    const old = await replica(before, oldSecret);
    const rushed = await replica(`${after},${before}`, oldSecret);
    await register(rushed, SOUTHFIELD);
    const stranded = await http(old.url).get(`/api/providers/${SOUTHFIELD.ukprn}/learners/${SAM.uln}`, {
      headers: mis,
    });
    expect(stranded.status).toBe(500);
    expect(stranded.body).toMatchObject({
      errorCode: 'PROVIDER_SECRET_UNREADABLE',
      developerMessage: expect.stringContaining('"2027b"'),
    });
    expect(stranded.text).not.toContain(SOUTHFIELD.clientSecret);
    await stop(old);
    await stop(rushed);
  });
});
