#!/usr/bin/env node
// A one-time sign-in link to the vera-integration staff pages of a running local stack, as the demo
// provider (DFE_SECURITY_UKPRN of .env.local): what an MIS does, POST /api/page-sessions with a token
// (ROLE_VERA_MIS) from the stub HMPPS Auth. The link works once, within a minute.
//   npm run -s vera:sign-in [-- --vera http://localhost:8090 --stubs http://localhost:9090 --ukprn 10009999]
const { parseArgs, parseEnv } = require('node:util');
const fs = require('node:fs');
const path = require('node:path');

async function veraSignInLink({ veraUrl, stubsUrl, ukprn, username = 'local-demo' }) {
  const tokenResponse = await fetch(`${stubsUrl}/__admin/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ roles: ['ROLE_VERA_MIS'], username }),
    signal: AbortSignal.timeout(5000),
  });
  if (!tokenResponse.ok) throw new Error(`the stub HMPPS Auth refused a token (${tokenResponse.status})`);
  const { access_token: token } = await tokenResponse.json();
  const response = await fetch(`${veraUrl}/api/page-sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ukprn, username }),
    signal: AbortSignal.timeout(5000),
  });
  const body = await response.json().catch(() => ({}));
  if (response.status !== 201 || typeof body.signInUrl !== 'string') {
    throw new Error(`vera-integration answered ${response.status} ${JSON.stringify(body)}`);
  }
  return body.signInUrl;
}

module.exports = { veraSignInLink };

if (require.main === module) {
  const localEnv = parseEnv(fs.readFileSync(path.join(__dirname, '..', '.env.local'), 'utf8'));
  const { values } = parseArgs({
    options: {
      vera: { type: 'string', default: 'http://localhost:8090' },
      stubs: { type: 'string', default: 'http://localhost:9090' },
      ukprn: { type: 'string', default: localEnv.DFE_SECURITY_UKPRN },
    },
  });
  veraSignInLink({ veraUrl: values.vera, stubsUrl: values.stubs, ukprn: values.ukprn }).then(
    (link) => console.log(link),
    (error) => {
      console.error(`no sign-in link: ${error.cause?.code ?? error.message} (is npm start running?)`);
      process.exit(1);
    },
  );
}
