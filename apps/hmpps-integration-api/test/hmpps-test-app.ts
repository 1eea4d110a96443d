import {
  EnvOverrides,
  http,
  HttpClient,
  RunningStubs,
  startApp,
  StartedApp,
  startStubs,
  QueueEmulator,
  startQueueEmulator,
} from '@libs/testing';
import { join } from 'node:path';
import { AppModule } from '../src/app.module';
import { platformOptions } from '../src/platform-options';
import { UPSTREAM_URL_VARIABLES } from '../src/config';
import { HMPPS_QUEUES, HMPPS_TOPICS } from '../src/queues';

export const LOCAL_AUTHORISATION_CONFIG = join(__dirname, '..', 'config', 'authorisation.local.yaml');

/** Where each upstream stand-in lives under the stubs' base URL. */
const STUB_PREFIXES: Record<keyof typeof UPSTREAM_URL_VARIABLES, string> = {
  prisonerOffenderSearch: 'prisoner-offender-search',
  probationOffenderSearch: 'probation-offender-search',
  prisonApi: 'prison-api',
  ndelius: 'ndelius',
  effectiveProposalFramework: 'effective-proposal-framework',
  assessRisksAndNeeds: 'assess-risks-and-needs',
  adjudications: 'manage-adjudications',
  caseNotes: 'case-notes',
  createAndVaryLicence: 'create-and-vary-a-licence',
  managePomCase: 'manage-pom-case',
  plp: 'plp',
  nonAssociations: 'non-associations',
  personalRelationships: 'personal-relationships',
  managePrisonVisits: 'manage-prison-visits',
  incentives: 'incentives',
  locationsInsidePrison: 'locations-inside-prison',
  prisonerBaseLocation: 'prisoner-base-location',
  remandAndSentencing: 'remand-and-sentencing',
  supportForAdditionalNeeds: 'support-additional-needs',
  activities: 'activities',
  courtRegister: 'court-register',
  healthAndMedication: 'health-and-medication',
  alerts: 'alerts-api',
};

/** The local environment (as `.env.local` has it) pointed at stubs running on `stubsUrl`. */
export function stubEnv(stubsUrl: string, overrides: EnvOverrides = {}): EnvOverrides {
  const urls = Object.fromEntries(
    Object.entries(UPSTREAM_URL_VARIABLES).map(([key, variable]) => [
      variable,
      `${stubsUrl}/${STUB_PREFIXES[key as keyof typeof UPSTREAM_URL_VARIABLES]}`,
    ]),
  );
  return {
    HMPPS_AUTH_URL: `${stubsUrl}/auth`,
    CLIENT_ID: 'hmpps-integration-api',
    CLIENT_SECRET: 'hmpps-integration-api-local-secret',
    AUTHORISATION_CONFIG: LOCAL_AUTHORISATION_CONFIG,
    HMPPS_ENVIRONMENT: 'local',
    MANAGE_USERS_URL: `${stubsUrl}/manage-users`,
    ENTRA_OBO_JWKS_URL: `${stubsUrl}/entra-id/common/discovery/v2.0/keys`,
    UPSTREAM_TIMEOUT_MS: '1500',
    ...urls,
    ...overrides,
  };
}

export interface HmppsTestContext {
  stubs: RunningStubs;
  app: StartedApp;
  api: HttpClient;
  /** The SQS/SNS emulator the app sends to (queues by their local names: `audit`, `jobsboard-integration`). */
  queues: QueueEmulator;
  close(): Promise<void>;
}

/** Stubs and an SQS/SNS emulator plus the app against them, once per test file. */
export async function startHmppsApi(overrides: EnvOverrides = {}): Promise<HmppsTestContext> {
  const [stubs, queues] = await Promise.all([startStubs(), startQueueEmulator()]);
  try {
    const env = { ...queues.env, ...stubEnv(stubs.url, overrides) };
    await queues.provision({ queues: HMPPS_QUEUES, topics: HMPPS_TOPICS }, env);
    const app = await startApp(AppModule, { env, platform: platformOptions(env as NodeJS.ProcessEnv) });
    return {
      stubs,
      app,
      api: http(app.url),
      queues,
      close: async () => {
        await app.close();
        await Promise.all([stubs.close(), queues.close()]);
      },
    };
  } catch (error) {
    await Promise.all([stubs.close(), queues.close()]);
    throw error;
  }
}

/**
 * The usual lifecycle of an e2e file: stubs and app started once, faults cleared after each test,
 * everything closed at the end. The returned context is filled in by `beforeAll`.
 */
export function useHmppsApi(overrides: EnvOverrides = {}): HmppsTestContext {
  const context = {} as HmppsTestContext;
  beforeAll(async () => {
    Object.assign(context, await startHmppsApi(overrides));
  });
  afterAll(async () => {
    await context.close?.();
  });
  afterEach(async () => {
    await context.stubs?.resetFaults();
  });
  return context;
}

/** The header the API gateway forwards, for a consumer certificate with this CN. */
export function as(consumer: string): { headers: Record<string, string> } {
  return {
    headers: { 'subject-distinguished-name': `C=GB,ST=London,L=London,O=Home Office,CN=${consumer}` },
  };
}
