import {
  createTestDatabase,
  generateTestPki,
  http,
  RunningStubs,
  startApp,
  startStubs,
  StartedApp,
  TestDatabase,
  TestPki,
} from '@libs/testing';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule as StubsAppModule, STUBS_PLATFORM_OPTIONS } from '../../upstream-stubs/src/app.module';
import { callerWith, startLearnerRecords, UI } from './learner-records-test-app';

const exactMatch = {
  givenName: 'Test',
  familyName: 'Tester',
  dateOfBirth: '1976-08-16',
  gender: 'FEMALE',
  lastKnownPostCode: 'CV49EE',
};

describe('LRS over mutual TLS with the PKCS#12 client certificate', () => {
  let pki: TestPki;
  let strangerPki: TestPki;
  let dir: string;
  let auth: RunningStubs;
  let lrs: StartedApp;
  // One database for the apps of this file: each start would otherwise boot its own.
  let database: TestDatabase;
  const started: StartedApp[] = [];

  const tlsEnv = (pfx: Buffer, password: string) => {
    const pfxPath = join(dir, `client-${started.length}-${Math.random().toString(36).slice(2)}.pfx`);
    writeFileSync(pfxPath, pfx);
    return {
      LRS_BASE_URL: `${lrs.url}/lrs`,
      LRS_PFX_PATH: pfxPath,
      PFX_FILE_PASSWORD: password,
      LRS_CA_PATH: join(dir, 'ca.pem'),
      DATABASE_URL: database.url,
    };
  };

  beforeAll(async () => {
    pki = generateTestPki();
    strangerPki = generateTestPki();
    dir = mkdtempSync(join(tmpdir(), 'lrs-tls-'));
    writeFileSync(join(dir, 'ca.pem'), pki.caCertPem);
    database = await createTestDatabase();
    auth = await startStubs();
    // The LRS stand-in over HTTPS, demanding a client certificate issued by the test CA.
    lrs = await startApp(StubsAppModule, {
      platform: {
        ...STUBS_PLATFORM_OPTIONS,
        https: {
          key: pki.serverKeyPem,
          cert: pki.serverCertPem,
          ca: pki.caCertPem,
          requestCert: true,
          rejectUnauthorized: true,
        },
      },
    });
  });

  afterAll(async () => {
    for (const app of started) await app.close();
    await lrs?.close();
    await auth?.close();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds a learner over HTTPS presenting the client certificate', async () => {
    const app = await startLearnerRecords(auth, tlsEnv(pki.clientPfx, pki.clientPfxPassword));
    started.push(app);
    const response = await (await callerWith(auth, app.url, [UI])).post('/learners', exactMatch);
    expect(response.status).toBe(200);
    expect(response.body.matchedLearners[0].uln).toBe('1026893096');
    expect((await http(app.url).get('/health')).body.components.lrs.status).toBe('UP');
  });

  it('fails the call (500, nothing from LRS) when LRS does not accept the certificate', async () => {
    const app = await startLearnerRecords(auth, tlsEnv(strangerPki.clientPfx, strangerPki.clientPfxPassword));
    started.push(app);
    const response = await (await callerWith(auth, app.url, [UI])).post('/learners', exactMatch);
    expect(response.status).toBe(500);
    expect(response.body).toMatchObject({ status: 'INTERNAL_SERVER_ERROR', errorCode: 'Unexpected error' });
    const health = await http(app.url).get('/health');
    expect(health.status).toBe(503);
    expect(health.body.components.lrs.status).toBe('DOWN');
  });

  it('refuses to start with a certificate it cannot open', async () => {
    await expect(startLearnerRecords(auth, tlsEnv(pki.clientPfx, 'wrong-password'))).rejects.toThrow();
  });
});
