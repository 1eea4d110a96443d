import { registryPage } from '../harness/metrics-page';
import { DATABASE_URL_TOKEN } from '@libs/database';
import type { EnvOverrides } from '@libs/testing';
import {
  HILLSIDE,
  NORTHGATE,
  RIVERSIDE,
  SAM,
  startVeraWorld,
  testEnv,
} from '../../../apps/vera-integration/test/vera-test-app';
import { DatabaseProbe } from '../harness/database-state';
import { contentType, jsonProblems, shapeProblems } from '../harness/envelope-checks';
import { isJsonRoute } from '../../../apps/vera-integration/src/errors/vera-error-mapper';
import { bearerHeader, hostileBearerCredentials } from '../harness/hostile-tokens';
import { registerSecret } from '../harness/run-dir';
import { Answer, RequestSpec, send } from '../harness/send';
import type { AppTarget, AppWorld, UpstreamFaultKind } from './app-target';

const ROLES = ['ROLE_VERA_MIS', 'ROLE_VERA_ADMIN'];
/** Entra tokens that live shorter than the client's 60 s refresh margin, so every VERA call fetches one. */
const SHORT_LIVED_TOKENS: EnvOverrides = { VERA_STUB_TOKEN_TTL_SECONDS: '1' };
/** The client keeps a 1 s token for half its life: waiting longer makes the next call fetch a new one. */
const TOKEN_EXPIRY_WAIT_MS = 600;

interface VeraWorld extends AppWorld {
  database: DatabaseProbe;
}

/**
 * `{status (number), errorCode, userMessage, developerMessage, moreInfo}` for every error of the API, admin and
 * platform routes (README "Error envelope"); any other address is a page for people and errs with an HTML
 * error page (README "Web pages"), decided by the app's own rule.
 */
function envelopeProblems(answer: Answer, request: RequestSpec): string[] {
  if (!isJsonRoute(request.path)) {
    return contentType(answer).startsWith('text/html') && /^<!doctype html>/i.test(answer.text)
      ? []
      : [`not an HTML error page: ${answer.text.slice(0, 100)}`];
  }
  const notJson = jsonProblems(answer);
  if (notJson.length) return notJson;
  const body = answer.json as Record<string, unknown>;
  const problems = shapeProblems(body, {
    status: 'number',
    errorCode: 'string',
    userMessage: 'string',
    developerMessage: 'string|null',
    moreInfo: 'string|null',
  });
  if (!problems.length && body.status !== answer.status)
    problems.push(`status ${String(body.status)} ≠ ${answer.status}`);
  return problems;
}

function code(status: number, errorCode: string, answer: Answer): string[] {
  const body = answer.json as { errorCode?: string } | undefined;
  return answer.status === status && body?.errorCode === errorCode
    ? []
    : [`expected ${status} ${errorCode}, got ${answer.status} ${answer.text.slice(0, 150)}`];
}

/** README error table: VERA 5xx 502 UPSTREAM_ERROR, unreadable 200 UPSTREAM_MALFORMED_RESPONSE, reset or open breaker 503, slow 504. */
function upstreamFailure(serverError: string) {
  return (answer: Answer, fault: UpstreamFaultKind): string[] => {
    switch (fault) {
      case 'timeout':
        return code(504, 'UPSTREAM_TIMEOUT', answer);
      case 'reset':
      case 'breaker-open':
        return code(503, 'UPSTREAM_UNAVAILABLE', answer);
      case 'malformed':
        return code(502, 'UPSTREAM_MALFORMED_RESPONSE', answer);
      default:
        return code(502, serverError, answer);
    }
  };
}

async function mis(world: AppWorld): Promise<Array<[string, string]>> {
  return [await bearerHeader(world.stubs, ['ROLE_VERA_MIS'])];
}

const learnerOfRiverside = async (world: AppWorld): Promise<RequestSpec> => ({
  method: 'GET',
  path: `/api/providers/${RIVERSIDE.ukprn}/learners/${SAM.uln}`,
  headers: await mis(world),
});

/** Sets stub variables for as long as the stubs take to start (they read them once). */
async function withStubEnv<T>(env: EnvOverrides, start: () => Promise<T>): Promise<T> {
  const previous = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  try {
    return await start();
  } finally {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

export const veraTarget: AppTarget = {
  name: 'vera-integration',
  async start(overrides = {}) {
    const stubEnv = Object.fromEntries(
      Object.entries(overrides).filter(([name]) => name.startsWith('VERA_STUB_')),
    );
    const appEnv = Object.fromEntries(
      Object.entries(overrides).filter(([name]) => !name.startsWith('VERA_STUB_')),
    ) as Record<string, string>;
    const vera = await withStubEnv(stubEnv, () => startVeraWorld(appEnv));
    for (const client of [RIVERSIDE, NORTHGATE, HILLSIDE]) registerSecret(client.clientSecret);
    // testEnv generates these; they are in the environment while the app runs.
    for (const secret of (process.env.VERA_SESSION_SECRET ?? '').split(',')) registerSecret(secret);
    for (const key of (process.env.VERA_SECRET_KEYS ?? '').split(',')) registerSecret(key.split(':')[1]);
    registerSecret(vera.adminToken);
    registerSecret(vera.misToken);
    const database = new DatabaseProbe(vera.vera.app.get<string>(DATABASE_URL_TOKEN));
    const world: VeraWorld = {
      url: vera.vera.url,
      metrics: () => registryPage(vera.vera.app),
      stubs: vera.stubs,
      database,
      close: async () => {
        await database.close();
        await vera.close();
      },
    };
    return world;
  },
  platformHeaders: [],
  credentials: async (world) => [await bearerHeader(world.stubs, ROLES)],
  isProtected: (operation) => operation.security.length > 0,
  hostileCredentials: (world) => hostileBearerCredentials(world.stubs, ROLES),
  envelopeProblems,
  // Every staff page a signed-out visitor can ask for (the forms' POSTs need a session's CSRF token).
  pagePaths: [
    '/',
    '/sign-in',
    '/signed-out',
    '/show-qr-code',
    '/share-requests/00000000-0000-4000-8000-000000000000',
    '/share-requests/00000000-0000-4000-8000-000000000000/status',
    '/look-up-by-uln',
    '/look-up-by-uln/record',
    '/send-to-phone',
    '/send-to-phone/learner-found',
    '/send-to-phone/no-record',
  ],
  sampleValues: {
    // The configured provider: the admin API may not change or remove it, so generated admin calls leave
    // the registered providers the other requests use in place.
    path: { ukprn: HILLSIDE.ukprn, uln: SAM.uln, correlationId: '4b7c0a52-0000-4000-8000-000000000000' },
    bodies: {},
  },
  bodyLimitBytes: 1024 * 1024,
  upstreams: [
    {
      name: 'vera',
      stubPrefix: '/vera/api',
      request: learnerOfRiverside,
      failureProblems: upstreamFailure('UPSTREAM_ERROR'),
    },
    {
      name: 'entra',
      stubPrefix: '/entra',
      request: async (world) => {
        await new Promise((resolve) => setTimeout(resolve, TOKEN_EXPIRY_WAIT_MS));
        return learnerOfRiverside(world);
      },
      failureProblems: upstreamFailure('UPSTREAM_ERROR'),
    },
  ],
  upstreamBoundMs: 1500,
  faultEnv: { VERA_TIMEOUT_MS: '1500', ...SHORT_LIVED_TOKENS },
  // The upstream client's default breaker reset (the app does not configure it).
  breakerResetMs: 10_000,
  database: {
    // A sign-in link: a write that needs no upstream (adding a provider asks Entra first), unique per index.
    write: async (world, index) => ({
      method: 'POST',
      path: '/api/page-sessions',
      headers: await mis(world),
      body: { ukprn: HILLSIDE.ukprn, username: `resilience-${index}` },
    }),
    storedTimes: async (_world, database, index) => {
      const [row] = await database.query<{ count: string }>(
        'SELECT count(*) AS count FROM vera_page_tickets WHERE username = $1',
        [`resilience-${index}`],
      );
      return Number(row.count);
    },
    read: async (world) => ({
      method: 'GET',
      path: `/admin/providers/${RIVERSIDE.ukprn}`,
      headers: [await bearerHeader(world.stubs, ['ROLE_VERA_ADMIN'])],
    }),
  },
  storedState: (world) => (world as VeraWorld).database.fingerprint(),
  loadRequests: async (world) => {
    const headers = await mis(world);
    const admin: Array<[string, string]> = [await bearerHeader(world.stubs, ['ROLE_VERA_ADMIN'])];
    // A built app starts with only the configured provider: register Riverside (409 when it already is).
    const registered = await send(world.url, {
      method: 'POST',
      path: '/admin/providers',
      headers: admin,
      body: {
        ukprn: RIVERSIDE.ukprn,
        displayName: RIVERSIDE.providerName,
        clientId: RIVERSIDE.clientId,
        clientSecret: RIVERSIDE.clientSecret,
      },
    });
    if (registered.status !== 201 && registered.status !== 409)
      throw new Error(`registering Riverside failed: ${registered.status} ${registered.text}`);
    return [
      await learnerOfRiverside(world),
      {
        method: 'POST',
        path: `/api/providers/${RIVERSIDE.ukprn}/learner-checks`,
        headers,
        body: { mobileNumber: SAM.mobile, dateOfBirth: SAM.dateOfBirth },
      },
      // Pattern C rather than A under load: the stand-in draws a real QR code for every Pattern A request,
      // which would make the stubs (in the load generator's process) the bottleneck.
      {
        method: 'POST',
        path: `/api/providers/${RIVERSIDE.ukprn}/share-requests/mobile`,
        headers,
        body: { mobileNumber: SAM.mobile, dateOfBirth: SAM.dateOfBirth },
      },
      { method: 'GET', path: '/admin/providers', headers: admin },
      { method: 'GET', path: '/health/readiness' },
    ];
  },
  processEnv: (stubsUrl) => testEnv(stubsUrl, { VERA_TIMEOUT_MS: '10000' }),
};
