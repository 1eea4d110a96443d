import { createTestDatabase, RunningStubs, startStubs, StartedApp, TestDatabase } from '@libs/testing';
import { Client } from 'pg';
import { Caller, callerWith, startLearnerRecords, UI } from './learner-records-test-app';
import { TcpProxy } from './tcp-proxy';

/** The schema as the reference's Flyway V1–V4 left it, with a row written before V5 added match_status. */
async function seedReferenceSchema(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`
      CREATE TABLE matches (
        id BIGSERIAL PRIMARY KEY, nomis_id VARCHAR(255) NOT NULL, matched_uln VARCHAR(255) NOT NULL,
        given_name VARCHAR(255) NOT NULL, family_name VARCHAR(255) NOT NULL, date_created TIMESTAMP NOT NULL DEFAULT NOW(),
        match_type VARCHAR(255) NOT NULL DEFAULT 'NO_MATCH_SELECTED', count_of_returned_ulns VARCHAR(255) NOT NULL DEFAULT '0')`);
    await client.query(
      `INSERT INTO matches (nomis_id, matched_uln, given_name, family_name) VALUES ('L1234GC', '1026893096', 'Sample', 'Tester')`,
    );
  } finally {
    await client.end();
  }
}

describe('database: a reference-migrated schema, an outage and recovery', () => {
  let stubs: RunningStubs;
  let database: TestDatabase;
  let proxy: TcpProxy;
  let app: StartedApp;
  let ui: Caller;

  beforeAll(async () => {
    stubs = await startStubs();
    database = await createTestDatabase();
    await seedReferenceSchema(database.url);
    const target = new URL(database.url);
    proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    const viaProxy = new URL(database.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    app = await startLearnerRecords(stubs, { DATABASE_URL: viaProxy.toString() });
    ui = await callerWith(stubs, app.url, [UI]);
  });

  afterAll(async () => {
    await app?.close();
    await proxy?.cut();
    await database?.drop();
    await stubs?.close();
  });

  it('migrates a database the reference already used and reads its legacy rows as matches', async () => {
    expect((await ui.get('/match/L1234GC')).body).toEqual({
      matchedUln: '1026893096',
      givenName: 'Sample',
      familyName: 'Tester',
      status: 'Found',
    });
    expect(
      (
        await ui.post('/match/M1234GC', {
          matchingUln: '1026893096',
          givenName: 'Sample',
          familyName: 'Tester',
          matchType: 'Exact Match',
          countOfReturnedUlns: '1',
        })
      ).status,
    ).toBe(409);
  });

  it('answers 500 Unexpected error while the database is unreachable and recovers by itself when it returns', async () => {
    expect(
      (
        await ui.post('/match/A1234BC', {
          matchingUln: '1174112637',
          givenName: 'TestOne',
          familyName: 'TesterOne',
          matchType: 'Exact Match',
          countOfReturnedUlns: '1',
        })
      ).status,
    ).toBe(201);

    await proxy.cut();
    const during = await ui.get('/match/A1234BC');
    expect(during.status).toBe(500);
    expect(during.body).toMatchObject({
      status: 'INTERNAL_SERVER_ERROR',
      errorCode: 'Unexpected error',
      moreInfo: 'Unexpected error',
    });
    expect(during.body.userMessage).toMatch(/^Unexpected error: /);
    const write = await ui.post('/match/B1234BC/no-match', {
      matchType: 'No Match',
      countOfReturnedUlns: '0',
    });
    expect(write.status).toBe(500);

    await proxy.restore();
    let after = await ui.get('/match/A1234BC');
    for (let attempt = 0; after.status !== 200 && attempt < 20; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      after = await ui.get('/match/A1234BC');
    }
    expect(after.status).toBe(200);
    expect(after.body).toEqual({
      matchedUln: '1174112637',
      givenName: 'TestOne',
      familyName: 'TesterOne',
      status: 'Found',
    });
    expect(
      (await ui.post('/match/B1234BC/no-match', { matchType: 'No Match', countOfReturnedUlns: '0' })).status,
    ).toBe(201);
  });
});
