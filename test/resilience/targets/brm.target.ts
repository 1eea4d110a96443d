import { registryPage } from '../harness/metrics-page';
import { EnvOverrides, startStubs } from '@libs/testing';
import {
  ADAM_SCOTLAND,
  BRM_HEADERS,
  GIBBY,
  MATCH_PATH,
  startBrm,
} from '../../../apps/birth-registration-matching/test/brm-test-app';
import { jsonProblems, shapeProblems } from '../harness/envelope-checks';
import { registerSecret } from '../harness/run-dir';
import type { Answer, RequestSpec } from '../harness/send';
import type { AppTarget, HostileCredential, UpstreamFaultKind } from './app-target';

const GRO_PREFIX = '/birth-registration-matching-proxy';
const DES_PREFIX = '/national-records';
const DES_TOKEN = 'local-des-token';
const JSON_TYPE: [string, string] = ['content-type', 'application/json'];
const VALID_HEADERS: Array<[string, string]> = [...Object.entries(BRM_HEADERS), JSON_TYPE];

/** BRM answers `{code,message}`; body-parsing and routing errors use the platform's `{statusCode,message}` (README). */
function envelopeProblems(answer: Answer): string[] {
  const notJson = jsonProblems(answer);
  if (notJson.length) return notJson;
  const body = answer.json as Record<string, unknown>;
  if (body && typeof body === 'object' && 'code' in body)
    return shapeProblems(body, { code: 'string', message: 'string' });
  const platform = shapeProblems(body, {
    statusCode: 'number',
    message: 'string',
    ...('requested' in (body ?? {}) ? { requested: 'string' } : {}),
  });
  if (!platform.length && body.statusCode !== answer.status)
    platform.push(`statusCode ${String(body.statusCode)} ≠ ${answer.status}`);
  return platform;
}

function codeCheck(status: number, code: string) {
  return (answer: Answer): string[] =>
    answer.status === status && (answer.json as { code?: string })?.code === code
      ? []
      : [`expected ${status} ${code}, got ${answer.status} ${answer.text.slice(0, 120)}`];
}

function matchRequest(body: unknown): RequestSpec {
  return { method: 'POST', path: MATCH_PATH, headers: VALID_HEADERS, body };
}

/** The documented answers for a failing registry (README "Registry answers"). */
function registryFailure(connectionDown: string, serverError: string, unexpected: string) {
  return (answer: Answer, fault: UpstreamFaultKind): string[] => {
    const [status, code] =
      fault === 'malformed'
        ? [500, unexpected]
        : fault === 'timeout' || fault === 'reset' || fault === 'breaker-open'
          ? [503, connectionDown]
          : [503, serverError];
    return codeCheck(status, code)(answer);
  };
}

function env(stubsUrl: string): EnvOverrides {
  return {
    BRM_GRO_PROXY_URL: stubsUrl,
    BRM_DES_URL: stubsUrl,
    BRM_DES_ENVIRONMENT: 'dev',
    BRM_DES_AUTH_TOKEN: DES_TOKEN,
  };
}

export const brmTarget: AppTarget = {
  name: 'birth-registration-matching',
  async start(overrides = {}) {
    registerSecret(DES_TOKEN);
    const stubs = await startStubs();
    try {
      const brm = await startBrm(stubs, overrides as Record<string, string>);
      return {
        url: brm.started.url,
        metrics: () => registryPage(brm.started.app),
        stubs,
        close: async () => {
          await brm.close();
          await stubs.close();
        },
      };
    } catch (error) {
      await stubs.close();
      throw error;
    }
  },
  platformHeaders: [],
  credentials: async () => VALID_HEADERS,
  // BRM has no authentication: callers identify themselves with Audit-Source and the versioned Accept.
  isProtected: (operation) =>
    operation.parameters.some((parameter) => parameter.in === 'header' && parameter.name === 'Audit-Source'),
  hostileCredentials: async (): Promise<HostileCredential[]> => {
    const without = (name: string) =>
      VALID_HEADERS.filter(([header]) => header.toLowerCase() !== name.toLowerCase());
    const withHeader = (name: string, value: string): Array<[string, string]> => [
      ...without(name),
      [name, value],
    ];
    return [
      {
        label: 'no Audit-Source',
        headers: without('Audit-Source'),
        expectedStatus: 401,
        check: codeCheck(401, 'INVALID_AUDITSOURCE'),
      },
      {
        label: 'empty Audit-Source',
        headers: withHeader('Audit-Source', ''),
        expectedStatus: 401,
        check: codeCheck(401, 'INVALID_AUDITSOURCE'),
      },
      {
        label: 'no Accept',
        headers: without('Accept'),
        expectedStatus: 406,
        check: codeCheck(406, 'INVALID_ACCEPT_HEADER'),
      },
      {
        label: 'Accept application/json',
        headers: withHeader('Accept', 'application/json'),
        expectedStatus: 406,
        check: codeCheck(406, 'INVALID_ACCEPT_HEADER'),
      },
      {
        label: 'Accept version 2.0',
        headers: withHeader('Accept', 'application/vnd.hmrc.2.0+json'),
        expectedStatus: 406,
        check: codeCheck(406, 'INVALID_ACCEPT_HEADER'),
      },
      {
        label: 'Accept +xml suffix',
        headers: withHeader('Accept', 'application/vnd.hmrc.1.0+xml'),
        expectedStatus: 406,
        check: codeCheck(406, 'INVALID_CONTENT_TYPE'),
      },
    ];
  },
  envelopeProblems,
  sampleValues: { bodies: { MatchController_match: GIBBY } },
  bodyLimitBytes: 100 * 1024,
  upstreams: [
    {
      name: 'gro',
      stubPrefix: GRO_PREFIX,
      request: async () => matchRequest(GIBBY),
      failureProblems: registryFailure(
        'GRO_CONNECTION_DOWN',
        'GRO_CONNECTION_DOWN',
        'GRO_UNEXPECTED_RESPONSE',
      ),
    },
    {
      name: 'des',
      stubPrefix: DES_PREFIX,
      request: async () => matchRequest(ADAM_SCOTLAND),
      failureProblems: registryFailure(
        'DES_CONNECTION_DOWN',
        'NRS_CONNECTION_DOWN',
        'NRS_UNEXPECTED_RESPONSE',
      ),
    },
  ],
  upstreamBoundMs: 1000,
  faultEnv: {
    BRM_GRO_TIMEOUT_MS: '1000',
    BRM_DES_TIMEOUT_MS: '1000',
    BRM_UPSTREAM_BREAKER_FAILURE_THRESHOLD: '3',
    BRM_UPSTREAM_BREAKER_RESET_MS: '2000',
  },
  breakerResetMs: 2000,
  // BRM stores nothing; what a rejected request must never cause is a registry call.
  storedState: async (world) =>
    `registry calls: ${(await world.stubs.requests(GRO_PREFIX)).length + (await world.stubs.requests(DES_PREFIX)).length}`,
  loadRequests: async () => [
    matchRequest(GIBBY),
    matchRequest(ADAM_SCOTLAND),
    matchRequest({
      ...GIBBY,
      birthReferenceNumber: undefined,
      firstName: 'Chris',
      lastName: 'Jones',
      dateOfBirth: '2012-02-16',
    }),
    { method: 'GET', path: '/ping/ping' },
  ],
  processEnv: env,
};
