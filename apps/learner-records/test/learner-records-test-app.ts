import {
  EnvOverrides,
  http,
  HttpClient,
  QueueEmulator,
  RunningStubs,
  startApp,
  StartedApp,
  startQueueEmulator,
} from '@libs/testing';
import { AppModule } from '../src/app.module';
import { LEARNER_RECORDS_PLATFORM_OPTIONS } from '../src/platform-options';
import { LEARNER_RECORDS_QUEUES } from '../src/queues';

export const UI = 'ROLE_LEARNER_RECORDS__LEARNER_RECORDS_MATCH_UI';
export const RO = 'ROLE_LEARNER_RECORDS_SEARCH__RO';

/** Points the app at the stubs, with the organisation credentials the LRS stand-in accepts and short LRS timeouts. */
export function learnerRecordsEnv(stubsUrl: string, overrides: EnvOverrides = {}): EnvOverrides {
  return {
    HMPPS_AUTH_URL: `${stubsUrl}/auth`,
    LRS_BASE_URL: `${stubsUrl}/lrs`,
    UK_PRN: '10000001',
    ORG_PASSWORD: 'local-org-password',
    VENDOR_ID: '01',
    LRS_CONNECT_TIMEOUT: '0.3',
    LRS_WRITE_TIMEOUT: '0.3',
    LRS_READ_TIMEOUT: '0.3',
    ...overrides,
  };
}

export interface LearnerRecordsApp extends StartedApp {
  /** The SQS emulator the app sends to; its `audit` queue is `audit-queue`. */
  queues: QueueEmulator;
}

/** The app against the stubs and an SQS emulator of its own (closed with the app). */
export async function startLearnerRecords(
  stubs: RunningStubs,
  overrides: EnvOverrides = {},
): Promise<LearnerRecordsApp> {
  const queues = await startQueueEmulator();
  try {
    const env = { ...queues.env, ...learnerRecordsEnv(stubs.url, overrides) };
    await queues.provision(LEARNER_RECORDS_QUEUES, env);
    const app = await startApp(AppModule, { env, platform: LEARNER_RECORDS_PLATFORM_OPTIONS });
    return {
      ...app,
      queues,
      close: async () => {
        await app.close();
        await queues.close();
      },
    };
  } catch (error) {
    await queues.close();
    throw error;
  }
}

/** Calls the app as a caller holding `roles`, naming the end user unless told otherwise. */
export interface Caller {
  get(path: string, options?: { username?: string | null }): ReturnType<HttpClient['get']>;
  post(path: string, body?: unknown, options?: { username?: string | null }): ReturnType<HttpClient['post']>;
}

export async function callerWith(stubs: RunningStubs, appUrl: string, roles: string[]): Promise<Caller> {
  const token = await stubs.token({ roles });
  const client = http(appUrl);
  const headers = (username: string | null | undefined) => ({
    authorization: `Bearer ${token}`,
    ...(username === null ? {} : { 'x-username': username ?? 'test.user@justice.gov.uk' }),
  });
  return {
    get: (path, options = {}) => client.get(path, { headers: headers(options.username) }),
    post: (path, body, options = {}) => client.post(path, { headers: headers(options.username), body }),
  };
}
