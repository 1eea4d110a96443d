// vera-integration, Pattern B: an MIS asks for the record a learner shared through the VER website, by
// ULN. The app gets a Microsoft Entra token for the provider (cached per provider) and calls VERA once.
// Two ways a provider's credentials are held: the configured provider (environment, no database) and a
// provider in the encrypted registry (a database read and a decryption per request).
const crypto = require('node:crypto');
const { runSecret } = require('../lib/run-secret');

const TENANT_ID = 'd7a5b3c1-5e4f-4a2b-9c8d-1e2f3a4b5c6d';
const RESOURCE = 'api://vera-sandbox';
// From apps/upstream-stubs/fixtures/vera/clients.json: each provider and a ULN shared with it.
const CONFIGURED = {
  ukprn: '10001234',
  clientId: '6a0c1f3e-2b7d-4c58-9e41-0f7b2d9a1c01',
  clientSecret: runSecret(),
  uln: '9990000011',
};
const REGISTERED = {
  ukprn: '10005678',
  clientId: 'b83e5d27-91c4-4f0a-a6d2-3c5e7f9b2e02',
  clientSecret: 'stub-secret-northgate-sixth-form',
  uln: '9990000029',
};

const entraToken = (provider) => () => ({
  style: 'entra-v1',
  path: `/entra/${TENANT_ID}/oauth2/token`,
  form: {
    grant_type: 'client_credentials',
    client_id: provider.clientId,
    client_secret: provider.clientSecret,
    resource: RESOURCE,
  },
});

const learnerRequest = (provider) => (ctx) => ({
  method: 'GET',
  path: `/api/providers/${provider.ukprn}/learners/${provider.uln}`,
  headers: { authorization: `Bearer ${ctx.bearer}` },
});

module.exports = {
  app: 'vera-integration',
  database: true,
  stubsEnv: { STUB_VERA_CLIENT_SECRETS: JSON.stringify({ [CONFIGURED.clientId]: CONFIGURED.clientSecret }) },
  env: ({ stubsUrl }) => ({
    HMPPS_AUTH_URL: `${stubsUrl}/auth`,
    VERA_API_BASE_URL: `${stubsUrl}/vera/api/v1/education-records/`,
    ENTRA_AUTHORITY_URL: `${stubsUrl}/entra`,
    DFE_SECURITY_TENANT_ID: TENANT_ID,
    DFE_SECURITY_RESOURCE: RESOURCE,
    DFE_SECURITY_CLIENT_ID: CONFIGURED.clientId,
    DFE_SECURITY_SECRET: CONFIGURED.clientSecret,
    DFE_SECURITY_UKPRN: CONFIGURED.ukprn,
    VERA_SECRET_KEYS: `bench:${crypto.randomBytes(32).toString('base64')}`,
    VERA_SESSION_SECRET: crypto.randomBytes(32).toString('hex'),
    // Required in production (sign-in links are never built from Host).
    VERA_PUBLIC_URL: 'http://127.0.0.1:8090',
  }),
  tokens: { kind: 'entra', route: '/entra/:tenantId/oauth2/token', lifetimeSeconds: 3599 },
  async prepare(ctx) {
    ctx.bearer = await ctx.stubs.token(['ROLE_VERA_MIS'], { clientId: 'bench-mis' });
    const admin = await ctx.stubs.token(['ROLE_VERA_ADMIN'], { clientId: 'bench-admin' });
    const { ukprn, clientId, clientSecret } = REGISTERED;
    const response = await fetch(`${ctx.appUrl}/admin/providers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ukprn, clientId, clientSecret, displayName: 'Northgate Sixth Form College' }),
    });
    if (response.status !== 201)
      throw new Error(`registering a provider answered ${response.status}: ${await response.text()}`);
  },
  scenarios: [
    {
      name: 'vera-learner',
      title: `GET /api/providers/${CONFIGURED.ukprn}/learners/{uln} (Pattern B, configured provider: token cache + VERA call)`,
      request: learnerRequest(CONFIGURED),
      baselineToken: entraToken(CONFIGURED),
      tokenCredential: CONFIGURED.clientId,
    },
    {
      name: 'vera-learner-registry',
      title: `GET /api/providers/${REGISTERED.ukprn}/learners/{uln} (Pattern B, registry provider: credentials from the database)`,
      request: learnerRequest(REGISTERED),
      baselineToken: entraToken(REGISTERED),
      tokenCredential: REGISTERED.clientId,
      // The baseline reads the provider's row as the app must (it does not decrypt the secret), then calls VERA.
      stagesBeforeReplay: [
        [{ kind: 'sql', text: 'SELECT * FROM vera_providers WHERE ukprn = $1', values: [REGISTERED.ukprn] }],
      ],
    },
    {
      name: 'vera-page',
      title: 'GET /signed-out (a staff page: GOV.UK Frontend layout rendered, security headers, CSP nonce)',
      // No upstream call: the baseline answers the same HTML, so the figures are the page pipeline's cost.
      request: () => ({ method: 'GET', path: '/signed-out' }),
      // Declared rather than replayed from what the stubs recorded: calls still finishing from the previous
      // scenario's load land in the recording window, and this page makes no upstream call at all.
      baselineStages: () => [],
    },
  ],
};
