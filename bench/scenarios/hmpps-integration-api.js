// hmpps-integration-api: what consumers call most — a person from prison and probation at once, their
// addresses (NOMIS then nDelius, merged), and licence conditions (a fan-out). Consumers are authorised by
// their client-certificate DN; the app calls the upstreams with one cached HMPPS Auth client token. And
// its integration events, domain events in to consumers' queues (hmpps-events.js).
const { UPSTREAM_PREFIXES } = require('./hmpps-upstreams');
const events = require('./hmpps-events');

const CONSUMER = { 'subject-distinguished-name': 'C=GB,O=Local,CN=all-access' };
const CLIENT_ID = 'hmpps-integration-api';
const CLIENT_SECRET = 'hmpps-integration-api-local-secret';
const HMPPS_ID = 'G2996UX';

const get = (path) => () => ({ method: 'GET', path, headers: CONSUMER });

module.exports = {
  app: 'hmpps-integration-api',
  database: true,
  // Audit events, and the integration events, go through the SQS/SNS emulator.
  queues: true,
  readinessHeaders: CONSUMER,
  env: ({ stubsUrl }) => ({
    HMPPS_AUTH_URL: `${stubsUrl}/auth`,
    CLIENT_ID,
    CLIENT_SECRET,
    AUTHORISATION_CONFIG: 'apps/hmpps-integration-api/config/authorisation.local.yaml',
    ...Object.fromEntries(
      Object.entries(UPSTREAM_PREFIXES).map(([variable, prefix]) => [variable, `${stubsUrl}${prefix}`]),
    ),
    ...events.EVENTS_ENV,
  }),
  tokens: { kind: 'hmpps', clientId: CLIENT_ID, lifetimeSeconds: 1200 },
  baselineToken: () => ({
    style: 'hmpps-basic',
    path: '/auth/oauth/token',
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
  }),
  scenarios: [
    {
      name: 'hmpps-person',
      title: `GET /v1/persons/${HMPPS_ID} (prison and probation searches)`,
      request: get(`/v1/persons/${HMPPS_ID}`),
      // An id that is a NOMIS number goes to both searches at once (probation confirms the number).
      stageOrder: [/^\/(prisoner|probation)-offender-search\//],
      latency: true,
    },
    {
      name: 'hmpps-addresses',
      title: `GET /v1/persons/${HMPPS_ID}/addresses (NOMIS then nDelius, merged)`,
      request: get(`/v1/persons/${HMPPS_ID}/addresses`),
      // The NOMIS number and the probation record at once, then the NOMIS addresses.
      stageOrder: [/^\/(prisoner|probation)-offender-search\//, /^\/prison-api\//],
    },
    {
      name: 'hmpps-licence-conditions',
      title: `GET /v1/persons/${HMPPS_ID}/licences/conditions (fan-out)`,
      request: get(`/v1/persons/${HMPPS_ID}/licences/conditions`),
      // CRN from probation search, then the licence list, then every licence's conditions at once.
      stageOrder: [/^\/probation-offender-search\//, /\/licence-summaries\//, /\/licences\/id\//],
      latency: true,
    },
    events.scenario,
  ],
};
