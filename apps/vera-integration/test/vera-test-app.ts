import { randomBytes } from 'node:crypto';
import { http, HttpClient, RunningStubs, startApp, startStubs } from '@libs/testing';
import type { StartedApp } from '@libs/testing';
import { AppModule } from '../src/app.module';
import { VERA_PLATFORM_OPTIONS } from '../src/platform-options';
import clients from '../../upstream-stubs/fixtures/vera/clients.json';

/** The stub's providers (apps/upstream-stubs/fixtures/vera/clients.json). */
export const RIVERSIDE = clients.clients[0];
export const NORTHGATE = clients.clients[1];
/** Configured through DFE_SECURITY_* (single-provider mode). */
export const HILLSIDE = clients.clients[2];
/** Known to DfE (the stub) but not registered by startVeraWorld: for tests that add a provider. */
export const EASTFIELD = clients.clients[3];
export const SOUTHFIELD = clients.clients[4];

/** Learners of apps/upstream-stubs/fixtures/vera/learners.json. */
export const SAM = { uln: '9990000011', mobile: '07700 900123', dateOfBirth: '2008-09-02' };
export const PRIYA = { uln: '9990000029', mobile: '07700900456', dateOfBirth: '2007-03-15' };

export interface VeraWorld {
  stubs: RunningStubs;
  vera: StartedApp;
  api: HttpClient;
  stubsHttp: HttpClient;
  adminToken: string;
  misToken: string;
  close(): Promise<void>;
}

export function testEnv(stubsUrl: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    HMPPS_AUTH_URL: `${stubsUrl}/auth`,
    // Deliberately without the trailing slash the reference needed.
    VERA_API_BASE_URL: `${stubsUrl}/vera/api/v1/education-records`,
    ENTRA_AUTHORITY_URL: `${stubsUrl}/entra`,
    DFE_SECURITY_TENANT_ID: clients.tenantId,
    DFE_SECURITY_RESOURCE: clients.resource,
    DFE_SECURITY_CLIENT_ID: HILLSIDE.clientId,
    DFE_SECURITY_SECRET: HILLSIDE.clientSecret,
    DFE_SECURITY_UKPRN: HILLSIDE.ukprn,
    DFE_SECURITY_PROVIDER_NAME: HILLSIDE.providerName,
    VERA_SECRET_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    VERA_SESSION_SECRET: randomBytes(32).toString('hex'),
    VERA_SECURE_COOKIES: 'false',
    // Generous: the first calls (token, QR image) share two cores with the browser suite in CI.
    VERA_TIMEOUT_MS: '5000',
    ...overrides,
  };
}

/**
 * Stubs + the app, with Riverside and Northgate registered through the admin API. `requestTtlSeconds`
 * shortens how long share requests stay open, in the stub (VERA) and the app (Pattern C's assumed expiry) alike.
 */
export async function startVeraWorld(
  overrides: Record<string, string> = {},
  { requestTtlSeconds = 300 }: { requestTtlSeconds?: number } = {},
): Promise<VeraWorld> {
  const stubs = await startStubs({ VERA_STUB_REQUEST_TTL_SECONDS: String(requestTtlSeconds) });
  overrides = { VERA_MOBILE_REQUEST_TTL_SECONDS: String(requestTtlSeconds), ...overrides };
  const vera = await startApp(AppModule, {
    env: testEnv(stubs.url, overrides),
    platform: VERA_PLATFORM_OPTIONS,
  }).catch(async (error) => {
    await stubs.close();
    throw error;
  });
  const api = http(vera.url);
  const adminToken = await stubs.token({ roles: ['ROLE_VERA_ADMIN'] });
  const misToken = await stubs.token({ roles: ['ROLE_VERA_MIS'] });
  for (const provider of [RIVERSIDE, NORTHGATE]) {
    const response = await api.post('/admin/providers', {
      headers: { authorization: `Bearer ${adminToken}` },
      body: {
        ukprn: provider.ukprn,
        displayName: provider.providerName,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
      },
    });
    if (response.status !== 201)
      throw new Error(`Registering ${provider.ukprn} failed: ${response.status} ${response.text}`);
  }
  return {
    stubs,
    vera,
    api,
    stubsHttp: http(stubs.url),
    adminToken,
    misToken,
    close: async () => {
      await vera.close();
      await stubs.close();
    },
  };
}

/** The learner approves a share request in the stub's learner-app simulator. */
export async function approveInLearnerApp(
  stubsHttp: HttpClient,
  correlationId: string,
  form: Record<string, string>,
) {
  return stubsHttp.post(`/vera/learner-app/requests/${correlationId}/approve`, {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
}
