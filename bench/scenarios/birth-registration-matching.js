// birth-registration-matching: a GRO (England and Wales) reference lookup and full matching — the call
// HMRC services make for every claim. No database, no token (BRM does no authentication). The baseline
// replays the app's GRO call as the stubs recorded it.

const { runSecret } = require('../lib/run-secret');

const DES_AUTH_TOKEN = runSecret();
const MATCH_BODY = JSON.stringify({
  birthReferenceNumber: '400000001',
  firstName: 'Gibby',
  lastName: 'Haynes',
  dateOfBirth: '2011-10-01',
  whereBirthRegistered: 'england',
});

module.exports = {
  app: 'birth-registration-matching',
  database: false,
  stubsEnv: { STUB_DES_AUTH_TOKEN: DES_AUTH_TOKEN },
  env: ({ stubsUrl }) => ({
    BRM_GRO_PROXY_URL: stubsUrl,
    BRM_DES_URL: stubsUrl,
    BRM_DES_ENVIRONMENT: 'dev',
    BRM_DES_AUTH_TOKEN: DES_AUTH_TOKEN,
  }),
  scenarios: [
    {
      name: 'brm-match',
      title: 'POST /birth-registration-matching/match (GRO reference lookup + matching)',
      request: () => ({
        method: 'POST',
        path: '/birth-registration-matching/match',
        headers: {
          accept: 'application/vnd.hmrc.1.0+json',
          'audit-source': 'bench',
          'content-type': 'application/json',
        },
        body: MATCH_BODY,
      }),
      expect: (answer) => answer.body.toString() === '{"matched":true}',
    },
  ],
};
