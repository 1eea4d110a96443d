import { registryPage } from '../harness/metrics-page';
import { DATABASE_URL_TOKEN } from '@libs/database';
import type { QueueEmulator } from '@libs/testing';
import { as, startHmppsApi, stubEnv } from '../../../apps/hmpps-integration-api/test/hmpps-test-app';
import { HMPPS_QUEUES, HMPPS_TOPICS } from '../../../apps/hmpps-integration-api/src/queues';
import { DatabaseProbe } from '../harness/database-state';
import { jsonProblems, shapeProblems } from '../harness/envelope-checks';
import { registerSecret } from '../harness/run-dir';
import type { Answer, RequestSpec } from '../harness/send';
import type { AppTarget, AppWorld, HostileCredential, UpstreamTarget } from './app-target';

const DN_HEADER = 'subject-distinguished-name';
/** `/.*` in config/authorisation.local.yaml: every route, no prison filter. */
const ALL_ACCESS = as('all-access').headers[DN_HEADER];
const CLIENT_SECRET = 'hmpps-integration-api-local-secret';
const JOBS_QUEUE = 'jobsboardintegration';
/** The stored write the fuzzers use is the seed era's queued expression of interest (410 Gone by default). */
const SEED_EXPRESSION_OF_INTEREST = { FEATURE_FLAG_SEED_EXPRESSION_OF_INTEREST: 'true' };

interface HmppsWorld extends AppWorld {
  database: DatabaseProbe;
  /** Expressions of interest that reached the jobs board's queue: job id → distinct message ids. */
  delivered: Map<string, Set<string>>;
  queues: QueueEmulator;
}

/**
 * Takes what has reached the jobs board's queue in the emulator into `world.delivered`. The outbox
 * delivers at least once, under one stable message id, so a write counts once per distinct id.
 */
async function drainJobsBoardQueue(world: HmppsWorld): Promise<void> {
  for (;;) {
    const messages = await world.queues.receive(HMPPS_QUEUES[JOBS_QUEUE].localName!, 10);
    if (messages.length === 0) return;
    for (const message of messages) {
      const body = message.json as { messageId?: string; messageAttributes?: { jobId?: string } };
      const jobId = body?.messageAttributes?.jobId ?? '(none)';
      const ids = world.delivered.get(jobId) ?? new Set<string>();
      ids.add(body?.messageId ?? message.messageId);
      world.delivered.set(jobId, ids);
    }
  }
}

/** Messages for the jobs board still in the outbox (waiting or given up on), by message id, per job id. */
async function waitingInOutbox(database: DatabaseProbe, jobId?: string): Promise<string[]> {
  const rows = await database.query<{ id: string }>(
    `SELECT body::jsonb->>'messageId' AS id FROM outbox_message
      WHERE destination = $1 AND ($2::text IS NULL OR body::jsonb->'messageAttributes'->>'jobId' = $2)`,
    [JOBS_QUEUE, jobId ?? null],
  );
  return rows.map((row) => row.id);
}

/**
 * The app's `{status, errorCode, userMessage, developerMessage, moreInfo}`; finance body validation is
 * `{status, userMessage, developerMessage, validationErrors}` and consumer refusals Spring Boot's
 * `{timestamp, status, error, message, path}` (README).
 */
function envelopeProblems(answer: Answer): string[] {
  const notJson = jsonProblems(answer);
  if (notJson.length) return notJson;
  const body = answer.json as Record<string, unknown>;
  const isObject = body !== null && typeof body === 'object';
  const problems =
    isObject && 'timestamp' in body
      ? shapeProblems(body, {
          timestamp: 'string',
          status: 'number',
          error: 'string',
          message: 'string',
          path: 'string',
        })
      : isObject && 'validationErrors' in body
        ? shapeProblems(body, {
            status: 'number',
            userMessage: 'string',
            developerMessage: 'string',
            validationErrors: 'object',
          })
        : shapeProblems(body, {
            status: 'number',
            errorCode: 'string|null',
            userMessage: 'string|null',
            developerMessage: 'string|null',
            moreInfo: 'string|null',
          });
  if (!problems.length && body.status !== answer.status)
    problems.push(`status ${String(body.status)} ≠ ${answer.status}`);
  return problems;
}

/** Upstream failures are 500 naming the upstream (README "Upstream failures are never a silent 200"). */
function namesUpstream(name: string) {
  return (answer: Answer): string[] => {
    const body = answer.json as { userMessage?: string } | undefined;
    return answer.status === 500 && body?.userMessage?.includes(name)
      ? []
      : [`expected 500 naming ${name}, got ${answer.status} ${answer.text.slice(0, 160)}`];
  };
}

function upstream(
  name: string,
  stubPrefix: string,
  path: string,
  options: { shared?: boolean } = {},
): UpstreamTarget {
  return {
    name,
    stubPrefix,
    shared: options.shared,
    request: async () => ({ method: 'GET', path, headers: [[DN_HEADER, ALL_ACCESS]] }),
    failureProblems: namesUpstream(name),
  };
}

const hostileDns: Array<[string, string | undefined]> = [
  ['no subject-distinguished-name', undefined],
  ['an empty DN', ''],
  ['an unknown consumer', 'C=GB,O=Home Office,CN=intruder'],
  ['the consumer name outside the CN', 'C=GB,O=all-access,OU=all-access'],
  ['an escaped comma joining a known name', 'C=GB,CN=all-access\\,evil'],
  ['the name in another case', 'C=GB,CN=ALL-ACCESS'],
  ['a consumer allowed only health checks', 'C=GB,CN=kubernetes-health-check-client'],
  ['a DN with CR/LF lookalikes', 'C=GB,CN=intruder%0d%0aCN=all-access'],
];

export const hmppsTarget: AppTarget = {
  name: 'hmpps-integration-api',
  async start(overrides = {}) {
    registerSecret(CLIENT_SECRET);
    const context = await startHmppsApi({ ...SEED_EXPRESSION_OF_INTEREST, ...overrides });
    const database = new DatabaseProbe(context.app.app.get<string>(DATABASE_URL_TOKEN));
    const world: HmppsWorld = {
      url: context.app.url,
      metrics: () => registryPage(context.app.app),
      stubs: context.stubs,
      database,
      delivered: new Map(),
      queues: context.queues,
      close: async () => {
        await database.close();
        await context.close();
      },
    };
    return world;
  },
  // The local consumer allowed health, info and the API document (config/authorisation.local.yaml).
  platformHeaders: [[DN_HEADER, as('automated-test-client').headers[DN_HEADER]]],
  credentials: async () => [[DN_HEADER, ALL_ACCESS]],
  // Every path goes through consumer authorisation (README), platform routes included.
  isProtected: () => true,
  hostileCredentials: async (): Promise<HostileCredential[]> => [
    ...hostileDns.map(([label, dn]) => ({
      label,
      headers: dn === undefined ? [] : ([[DN_HEADER, dn]] as Array<[string, string]>),
      expectedStatus: 403,
    })),
    {
      label: 'a forged second DN header after an unknown one',
      headers: [
        [DN_HEADER, 'CN=intruder'],
        [DN_HEADER, ALL_ACCESS],
      ],
      expectedStatus: 403,
    },
  ],
  envelopeProblems,
  sampleValues: {
    path: {
      hmppsId: 'G2996UX',
      encodedHmppsId: 'G2996UX',
      nomisNumber: 'G2996UX',
      prisonId: 'MDI',
      contactId: '123456',
      visitReference: 'ab-cd-ef-gh',
      accountCode: 'spends',
      dlqName: `${JOBS_QUEUE}-dlq`,
      queueName: `${JOBS_QUEUE}-dlq`,
      jobid: 'job-1',
      eventNumber: '1',
    },
    query: { maxMessages: '10', visitStatus: 'BOOKED', last_name: 'Larsen' },
  },
  bodyLimitBytes: 1024 * 1024,
  upstreams: [
    upstream('probation-offender-search', '/probation-offender-search', '/v1/addresses?postcode=S2%205SY'),
    upstream('prisoner-offender-search', '/prisoner-offender-search', '/v1/prison/prisoners/G2996UX', {
      shared: true,
    }),
    upstream('prison-api', '/prison-api', '/v1/persons/G2996UX/sentences/latest-key-dates-and-adjustments'),
    upstream('ndelius', '/ndelius', '/v1/persons/AB123123/risks/dynamic', { shared: true }),
    upstream(
      'effective-proposal-framework',
      '/effective-proposal-framework',
      '/v1/epf/person-details/AB123123/1',
    ),
    upstream(
      'assess-risks-and-needs',
      '/assess-risks-and-needs',
      '/v1/persons/AB123123/risk-management-plan',
    ),
    upstream('manage-adjudications', '/manage-adjudications', '/v1/persons/G2996UX/reported-adjudications'),
    upstream('case-notes', '/case-notes', '/v1/persons/G2996UX/case-notes'),
    upstream(
      'create-and-vary-a-licence',
      '/create-and-vary-a-licence',
      '/v1/persons/AB123123/licences/conditions',
    ),
    upstream('manage-pom-case', '/manage-pom-case', '/v1/persons/G2996UX/person-responsible-officer'),
    upstream('plp', '/plp', '/v1/persons/G2996UX/plp-induction-schedule'),
    upstream('non-associations', '/non-associations', '/v1/prison/MDI/prisoners/G2996UX/non-associations'),
    upstream('personal-relationships', '/personal-relationships', '/v1/contacts/123456'),
    upstream('manage-prison-visits', '/manage-prison-visits', '/v1/persons/G2996UX/visit/future'),
    upstream('incentives', '/incentives', '/v1/persons/G2996UX/iep-level'),
    upstream('remand-and-sentencing', '/remand-and-sentencing', '/v1/persons/G2996UX/court-cases'),
    upstream('activities', '/activities', '/v1/activities/attendance-reasons'),
    upstream('alerts-api', '/alerts-api', '/v1/persons/G2996UX/active-alerts'),
    upstream('court-register', '/court-register', '/v1/hmpps/reference-data/courts/ACCRYC'),
    upstream('health-and-medication', '/health-and-medication', '/v1/persons/G2996UX/health-and-diet'),
    upstream('locations-inside-prison', '/locations-inside-prison', '/v1/prison/MDI/residential-hierarchy'),
    upstream(
      'prisoner-base-location',
      '/prisoner-base-location',
      '/v1/persons/G2996UX/prisoner-base-location',
    ),
    upstream(
      'support-additional-needs',
      '/support-additional-needs',
      '/v1/persons/G2996UX/education/san/review-schedule',
    ),
  ],
  // UPSTREAM_TIMEOUT_MS of the test environment (stubEnv): one call, retries included.
  upstreamBoundMs: 1500,
  faultEnv: {},
  // The upstream client's default breaker reset (the app does not configure it).
  breakerResetMs: 10_000,
  database: {
    write: async (_world, index) => ({
      method: 'PUT',
      path: `/v1/persons/G2996UX/expression-of-interest/jobs/job-${index}`,
      headers: [[DN_HEADER, ALL_ACCESS]],
    }),
    storedTimes: async (world, database, index) => {
      const hmpps = world as HmppsWorld;
      await drainJobsBoardQueue(hmpps);
      const ids = new Set([
        ...(hmpps.delivered.get(`job-${index}`) ?? []),
        ...(await waitingInOutbox(database, `job-${index}`)),
      ]);
      return ids.size;
    },
    // The outbox's dead-letter store of the jobs board's messages lives in the database.
    read: async () => ({
      method: 'GET',
      path: `/queue-admin/get-dlq-messages/${JOBS_QUEUE}-outbox-dlq?maxMessages=10`,
      headers: [[DN_HEADER, ALL_ACCESS]],
    }),
  },
  // What the app stores is queued messages: a rejected request must queue none.
  storedState: async (world) => {
    const hmpps = world as HmppsWorld;
    await drainJobsBoardQueue(hmpps);
    // One message can be in both for a moment (sent, not yet deleted from the outbox): counted by id.
    const ids = new Set([
      ...[...hmpps.delivered.values()].flatMap((set) => [...set]),
      ...(await waitingInOutbox(hmpps.database)),
    ]);
    return `${JOBS_QUEUE} messages: ${ids.size}`;
  },
  loadRequests: async (): Promise<RequestSpec[]> =>
    [
      '/v1/persons/G2996UX',
      '/v1/persons/G2996UX/alerts',
      '/v1/persons/AB123123/risks/dynamic',
      '/v1/contacts/123456',
      '/v1/persons/G2996UX/iep-level',
    ].map((path) => ({
      method: 'GET',
      path,
      headers: [[DN_HEADER, ALL_ACCESS]],
    })),
  processEnv: (stubsUrl) =>
    stubEnv(stubsUrl, { UPSTREAM_TIMEOUT_MS: '10000', ...SEED_EXPRESSION_OF_INTEREST }),
  queues: { queues: HMPPS_QUEUES, topics: HMPPS_TOPICS },
};
