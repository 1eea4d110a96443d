// learner-records: the match UI's two commonest calls — reading a prisoner's stored match (a database
// read) and finding a learner by demographics (a SOAP round trip to LRS). LRS is reached with mutual TLS
// in real environments; the stubs serve it over plain HTTP, so both sides skip TLS alike.

const { runSecret } = require('../lib/run-secret');

const NOMIS_ID = 'A1234BC';
const ORG_PASSWORD = runSecret();
const MATCH_UI = 'ROLE_LEARNER_RECORDS__LEARNER_RECORDS_MATCH_UI';

const headers = (ctx) => ({ authorization: `Bearer ${ctx.bearer}`, 'x-username': 'bench-user' });

module.exports = {
  app: 'learner-records',
  database: true,
  // Audit events leave through the outbox to SQS: the app needs its queue (the emulator) to start.
  queues: true,
  stubsEnv: { LRS_STUB_ORG_PASSWORD: ORG_PASSWORD },
  env: ({ stubsUrl }) => ({
    HMPPS_AUTH_URL: `${stubsUrl}/auth`,
    LRS_BASE_URL: `${stubsUrl}/lrs`,
    UK_PRN: '10000001',
    ORG_PASSWORD,
    VENDOR_ID: '01',
  }),
  async prepare(ctx) {
    // The match UI role: a SEARCH__RO caller would also be audited (an outbox insert per read).
    ctx.bearer = await ctx.stubs.token([MATCH_UI], {
      clientId: 'learner-records-match-ui',
      username: 'bench-user',
    });
    const response = await fetch(`${ctx.appUrl}/match/${NOMIS_ID}`, {
      method: 'POST',
      headers: { ...headers(ctx), 'content-type': 'application/json' },
      body: JSON.stringify({
        matchingUln: '1026893096',
        givenName: 'Sample',
        familyName: 'Tester',
        matchType: 'Exact Match',
        countOfReturnedUlns: '1',
      }),
    });
    if (response.status !== 201)
      throw new Error(`storing the match to read answered ${response.status}: ${await response.text()}`);
  },
  scenarios: [
    {
      name: 'lr-match-read',
      title: `GET /match/${NOMIS_ID} (database read)`,
      request: (ctx) => ({ method: 'GET', path: `/match/${NOMIS_ID}`, headers: headers(ctx) }),
      expect: (answer) => answer.status === 200 && answer.body.toString().includes('1026893096'),
      // No upstream: the baseline runs the app's query (the latest row of the prisoner) on the same database.
      baselineStages: () => [
        [
          {
            kind: 'sql',
            text: 'SELECT * FROM matches WHERE nomis_id = $1 ORDER BY id DESC LIMIT 1',
            values: [NOMIS_ID],
          },
        ],
      ],
    },
    {
      name: 'lr-find-learner',
      title: 'POST /learners (LRS SOAP round trip)',
      request: (ctx) => ({
        method: 'POST',
        path: '/learners',
        headers: { ...headers(ctx), 'content-type': 'application/json' },
        body: JSON.stringify({
          givenName: 'Test',
          familyName: 'Tester',
          dateOfBirth: '1976-08-16',
          gender: 'FEMALE',
          lastKnownPostCode: 'CV49EE',
        }),
      }),
      expect: (answer) => answer.status === 200 && answer.body.toString().includes('1026893096'),
    },
  ],
};
