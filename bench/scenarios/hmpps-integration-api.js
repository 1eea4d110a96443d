// hmpps-integration-api: what consumers call most — a person from prison and probation at once, their
// addresses (NOMIS then nDelius, merged), and licence conditions (a fan-out). Consumers are authorised by
// their client-certificate DN; the app calls the upstreams with one cached HMPPS Auth client token. And
// its integration events, domain events in to consumers' queues (hmpps-events.js).
const { UPSTREAM_PREFIXES } = require('./hmpps-upstreams');
const events = require('./hmpps-events');
const { runSecret } = require('../lib/run-secret');

const CONSUMER = { 'subject-distinguished-name': 'C=GB,O=Local,CN=all-access' };
const CLIENT_ID = 'hmpps-integration-api';
const CLIENT_SECRET = runSecret();
const HMPPS_ID = 'G2996UX';

/** config/authorisation.local.yaml: role all-endpoints (risk scores redacted) and a prisons filter (MDI). */
const FILTERED_CONSUMER = { 'subject-distinguished-name': 'C=GB,O=Local,CN=specific-prison' };

const get = (path, headers = CONSUMER) => () => ({ method: 'GET', path, headers });

module.exports = {
  app: 'hmpps-integration-api',
  database: true,
  // Audit events, and the integration events, go through the SQS/SNS emulator.
  queues: true,
  stubsEnv: { STUB_AUTH_CLIENT_SECRETS: JSON.stringify({ [CLIENT_ID]: CLIENT_SECRET }) },
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
    // The seed era's expression of interest (HEAD answers 410 by default): the write scenario's operation.
    FEATURE_FLAG_SEED_EXPRESSION_OF_INTEREST: 'true',
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
      // An id that is a NOMIS number goes to both searches at once (nDelius' case search confirms the number).
      stageOrder: [/^\/(prisoner-offender-search|ndelius\/search)\//],
      latency: true,
    },
    {
      name: 'hmpps-addresses',
      title: `GET /v1/persons/${HMPPS_ID}/addresses (NOMIS then nDelius, merged)`,
      request: get(`/v1/persons/${HMPPS_ID}/addresses`),
      // The NOMIS number and the probation record at once, then the NOMIS and the case's nDelius addresses.
      stageOrder: [/^\/(prisoner-offender-search|ndelius\/search)\//, /^\/(prison-api|ndelius\/case)\//],
    },
    {
      name: 'hmpps-licence-conditions',
      title: `GET /v1/persons/${HMPPS_ID}/licences/conditions (fan-out)`,
      request: get(`/v1/persons/${HMPPS_ID}/licences/conditions`),
      // CRN from nDelius' case search, then the licence list, then every licence's conditions at once.
      stageOrder: [/^\/ndelius\/search\//, /\/licence-summaries\//, /\/licences\/id\//],
      latency: true,
    },
    {
      name: 'hmpps-filtered-redacted',
      title: `GET /v1/persons/${HMPPS_ID}/risks/scores as a consumer with a prisons filter and a redaction policy`,
      // The person's prison is checked against the filter (prisoner search), then the scores are read and
      // the role's policy removes the score fields from the answer.
      request: get(`/v1/persons/${HMPPS_ID}/risks/scores`, FILTERED_CONSUMER),
    },
    {
      name: 'hmpps-outbox-write',
      title: `PUT /v1/persons/${HMPPS_ID}/expression-of-interest/jobs/{id} (stored in the outbox, then sent to the jobs board's queue)`,
      request: () => ({
        method: 'PUT',
        path: `/v1/persons/${HMPPS_ID}/expression-of-interest/jobs/bench-job`,
        headers: CONSUMER,
      }),
      // The baseline stores the message as the app must before it answers (one INSERT); the app's relay
      // then sends it, as it sends the app's own.
      stagesBeforeReplay: [
        [
          {
            kind: 'sql',
            text: "INSERT INTO outbox_message (id, kind, destination, body) VALUES (gen_random_uuid(), 'queue', 'jobsboardintegration', $1)",
            values: ['{"eventType":"ExpressionOfInterestCreated"}'],
          },
        ],
      ],
    },
    events.scenario,
  ],
};
