import { LEARNER_RECORDS_QUEUES } from '../../../apps/learner-records/src/queues';
import { registryPage } from '../harness/metrics-page';
import { DATABASE_URL_TOKEN } from '@libs/database';
import { httpStatusName } from '@libs/errors';
import { startStubs } from '@libs/testing';
import {
  learnerRecordsEnv,
  startLearnerRecords,
} from '../../../apps/learner-records/test/learner-records-test-app';
import { DatabaseProbe } from '../harness/database-state';
import { contentType, jsonProblems, shapeProblems } from '../harness/envelope-checks';
import { bearerHeader, hostileBearerCredentials } from '../harness/hostile-tokens';
import type { Operation } from '../harness/openapi';
import { registerSecret } from '../harness/run-dir';
import { Answer, RequestSpec, send } from '../harness/send';
import type { AppTarget, AppWorld, UpstreamFaultKind } from './app-target';

const USERNAME: [string, string] = ['x-username', 'resilience.user@justice.gov.uk'];
const ORG_PASSWORD = 'local-org-password';
const FIND_TESTER = {
  givenName: 'Test',
  familyName: 'Tester',
  dateOfBirth: '1976-08-16',
  gender: 'FEMALE',
  lastKnownPostCode: 'CV49EE',
};
const EVENTS_TESTONE = { givenName: 'TestOne', familyName: 'TesterOne', uln: '1174112637' };
const NO_MATCH = { matchType: 'No Match', countOfReturnedUlns: '0' };
const CONFIRMATION = {
  matchingUln: '1174112637',
  givenName: 'TestOne',
  familyName: 'TesterOne',
  matchType: 'exact MATCH',
  countOfReturnedUlns: '1',
};

const prisonerOf = (index: number) => `R${String(index).padStart(4, '0')}DB`;
const ulnOf = (index: number) => `7${String(index).padStart(9, '0')}`;

interface LearnerRecordsWorld extends AppWorld {
  database: DatabaseProbe;
}

/** The roles the document names as the operation's security schemes (any one allows the call). */
function rolesOf(operation: Operation): string[] {
  return operation.security.flatMap((requirement) => Object.keys(requirement));
}

/**
 * learner-records' envelope `{status: "<HTTP enum name>", errorCode?, userMessage, developerMessage?, moreInfo?}`
 * (nulls omitted), or the SAR library's body with a numeric status on /subject-access-request. Documented
 * non-envelope answers (README): 401 with an EMPTY body and
 * `WWW-Authenticate: Bearer`, 409 with an empty body (ULN matched to another prisoner) and
 * `404 {"status":"NotFound"}` for a prisoner without a match.
 */
function envelopeProblems(answer: Answer): string[] {
  if (answer.status === 401) {
    const problems = answer.text === '' ? [] : [`401 body is not empty: ${answer.text.slice(0, 100)}`];
    if (!String(answer.headers['www-authenticate'] ?? '').startsWith('Bearer'))
      problems.push('401 without WWW-Authenticate: Bearer');
    return problems;
  }
  if (answer.status === 409 && answer.text === '') return [];
  const notJson = jsonProblems(answer);
  if (notJson.length) return notJson;
  const body = answer.json as Record<string, unknown>;
  if (answer.status === 404 && body?.status === 'NotFound' && Object.keys(body).length === 1) return [];
  const present = Object.fromEntries(
    (['errorCode', 'developerMessage', 'moreInfo'] as const)
      .filter((key) => body && key in body)
      .map((key) => [key, key === 'errorCode' ? 'string|number' : 'string'] as const),
  );
  const problems = shapeProblems(body, { status: 'string|number', userMessage: 'string', ...present });
  // The subject-access-request endpoint answers in the HMPPS SAR library's body, whose status is the number.
  if (!problems.length && body.status !== httpStatusName(answer.status) && body.status !== answer.status) {
    problems.push(
      `status ${JSON.stringify(body.status)} is neither ${httpStatusName(answer.status)} nor ${answer.status}`,
    );
  }
  return problems;
}

function lrsFailure(answer: Answer, fault: UpstreamFaultKind): string[] {
  const expected = fault === 'timeout' ? 408 : 500;
  const problems = answer.status === expected ? [] : [`status ${answer.status}, expected ${expected}`];
  if (!contentType(answer).includes('json')) problems.push('not JSON');
  return problems;
}

async function ui(world: AppWorld): Promise<Array<[string, string]>> {
  return [await bearerHeader(world.stubs, ['ROLE_LEARNER_RECORDS__LEARNER_RECORDS_MATCH_UI']), USERNAME];
}

export const learnerRecordsTarget: AppTarget = {
  name: 'learner-records',
  async start(overrides = {}) {
    registerSecret(ORG_PASSWORD);
    const stubs = await startStubs();
    try {
      const started = await startLearnerRecords(stubs, overrides);
      const database = new DatabaseProbe(started.app.get<string>(DATABASE_URL_TOKEN));
      const world: LearnerRecordsWorld = {
        url: started.url,
        metrics: () => registryPage(started.app),
        stubs,
        database,
        close: async () => {
          await database.close();
          await started.close();
          await stubs.close();
        },
      };
      return world;
    } catch (error) {
      await stubs.close();
      throw error;
    }
  },
  platformHeaders: [],
  credentials: async (world, operation) => [await bearerHeader(world.stubs, rolesOf(operation)), USERNAME],
  isProtected: (operation) => operation.security.length > 0,
  async hostileCredentials(world, operation) {
    const credentials = await hostileBearerCredentials(world.stubs, rolesOf(operation), [USERNAME]);
    // An endpoint that documents no 403 takes any valid token (README: retry-all-dlqs).
    return operation.responses.includes('403')
      ? credentials
      : credentials.filter((credential) => credential.expectedStatus !== 403);
  },
  envelopeProblems,
  sampleValues: {
    path: { nomisId: 'A1234AA', dlqName: 'audit-outbox-dlq', queueName: 'audit-outbox-dlq' },
    query: { maxMessages: '10', prn: 'A1234AA' },
    bodies: {
      LearnersController_find: FIND_TESTER,
      LearnerEventsController_find: EVENTS_TESTONE,
      MatchController_confirm: CONFIRMATION,
      MatchController_noMatch: NO_MATCH,
    },
  },
  bodyLimitBytes: 1024 * 1024,
  upstreams: [
    {
      name: 'lrs',
      stubPrefix: '/lrs',
      request: async (world) => ({
        method: 'POST',
        path: '/learners',
        headers: await ui(world),
        body: FIND_TESTER,
      }),
      failureProblems: lrsFailure,
    },
  ],
  // LRS_CONNECT_TIMEOUT + LRS_WRITE_TIMEOUT + LRS_READ_TIMEOUT of the test environment (0.3 s each).
  upstreamBoundMs: 900,
  faultEnv: {},
  breakerResetMs: 5000,
  database: {
    // Each write confirms its own prisoner's own ULN, so no write conflicts with another (409).
    write: async (world, index) => ({
      method: 'POST',
      path: `/match/${prisonerOf(index)}`,
      headers: await ui(world),
      body: { ...CONFIRMATION, matchingUln: ulnOf(index) },
    }),
    storedTimes: async (_world, database, index) => {
      const [row] = await database.query<{ count: string }>(
        'SELECT count(*) AS count FROM matches WHERE nomis_id = $1 AND matched_uln = $2',
        [prisonerOf(index), ulnOf(index)],
      );
      return Number(row.count);
    },
    read: async (world) => ({ method: 'GET', path: `/match/${prisonerOf(0)}`, headers: await ui(world) }),
  },
  storedState: (world) => (world as LearnerRecordsWorld).database.fingerprint(),
  loadRequests: async (world): Promise<RequestSpec[]> => {
    const headers = await ui(world);
    const reader: Array<[string, string]> = [
      await bearerHeader(world.stubs, ['ROLE_LEARNER_RECORDS_SEARCH__RO']),
      USERNAME,
    ];
    // The prisoner read under load has a decision stored, so the read answers 200 rather than 404 NotFound.
    const stored = await send(world.url, {
      method: 'POST',
      path: '/match/A1234AA/no-match',
      headers,
      body: NO_MATCH,
    });
    if (stored.status !== 201)
      throw new Error(`storing the load's match decision failed: ${stored.status} ${stored.text}`);
    return [
      { method: 'POST', path: '/learners', headers, body: FIND_TESTER },
      { method: 'POST', path: '/learner-events', headers, body: EVENTS_TESTONE },
      { method: 'GET', path: '/match/A1234AA', headers: reader },
      { method: 'POST', path: '/match/A1234AA/no-match', headers, body: NO_MATCH },
      { method: 'GET', path: '/health/readiness' },
    ];
  },
  processEnv: (stubsUrl) =>
    learnerRecordsEnv(stubsUrl, { LRS_CONNECT_TIMEOUT: '5', LRS_WRITE_TIMEOUT: '5', LRS_READ_TIMEOUT: '5' }),
  queues: LEARNER_RECORDS_QUEUES,
};
