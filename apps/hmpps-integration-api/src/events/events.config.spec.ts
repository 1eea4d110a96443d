import { ConfigProblems, loadEnv } from '@libs/platform';
import { hmppsIntegrationConfig, HmppsIntegrationEnv, REQUIRED_ENV } from '../config';
import { readEventsSettings } from './events.config';

const BASE_ENV: Record<string, string> = {
  ...Object.fromEntries(REQUIRED_ENV.map((name) => [name, `http://localhost:9090/${name}`])),
  CLIENT_SECRET: 'from-the-vault',
  HMPPS_SQS_PROVIDER: 'localstack',
};

/** The settings as the app reads them: through its one environment schema, flags included. */
const settingsOf = (env: Record<string, string>) => {
  const validated = loadEnv('hmpps-integration-api', HmppsIntegrationEnv, { ...BASE_ENV, ...env });
  return readEventsSettings(hmppsIntegrationConfig(validated).featureFlags, validated);
};

const problemsOf = (env: Record<string, string>) => {
  try {
    settingsOf(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigProblems) return error.problems;
    throw error;
  }
};

describe('readEventsSettings', () => {
  it("has HEAD's timings and, in production, every part on", () => {
    expect(settingsOf({ INTEGRATION_API_BASE_URL: 'https://api.example/' })).toEqual({
      listen: true,
      deduplicate: true,
      publish: true,
      purge: true,
      baseUrl: 'https://api.example',
      publishIntervalMs: 10_000,
      purgeIntervalMs: 10_000,
      publishDelaySeconds: 300,
      batchSize: 1_000,
      stuckAfterSeconds: 600,
      retentionSeconds: 86_400,
    });
  });

  it('runs nothing locally unless switched on, so needs no base URL there', () => {
    const local = settingsOf({ HMPPS_ENVIRONMENT: 'local' });
    expect([local.listen, local.deduplicate, local.publish, local.purge]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('needs the base URL while listening, and a way to send events', () => {
    expect(problemsOf({})).toEqual([
      'INTEGRATION_API_BASE_URL is required while enable-domain-events-queue-listener is on',
    ]);
    expect(
      problemsOf({
        INTEGRATION_API_BASE_URL: 'https://api.example',
        FEATURE_FLAG_DEDUPLICATE_EVENTS: 'false',
        FEATURE_FLAG_ENABLE_PUBLISH_PENDING_EVENTS: 'false',
      }),
    ).toEqual([
      'enable-domain-events-queue-listener with deduplicate-events off sends events at once, which needs enable-publish-pending-events',
    ]);
  });

  it('refuses values out of range, naming the variable, with the other variables', () => {
    expect(
      problemsOf({
        INTEGRATION_API_BASE_URL: 'ftp://x',
        EVENTS_BATCH_SIZE: '0',
        NOTIFIER_SCHEDULE_RATE: 'often',
        UPSTREAM_RETRIES: '-1',
      }),
    ).toEqual([
      'UPSTREAM_RETRIES must be at least 0',
      'INTEGRATION_API_BASE_URL must be an http or https URL',
      'NOTIFIER_SCHEDULE_RATE must be a whole number',
      'EVENTS_BATCH_SIZE must be at least 1',
    ]);
  });
});
