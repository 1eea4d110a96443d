import { ConfigProblems } from '@libs/platform';
import { FeatureFlags } from '../feature-flags/feature-flags';
import { readEventsSettings } from './events.config';

const problemsOf = (env: NodeJS.ProcessEnv, flags = FeatureFlags.forEnvironment('prod', env)) => {
  try {
    readEventsSettings(flags, env);
    return [];
  } catch (error) {
    if (error instanceof ConfigProblems) return error.problems;
    throw error;
  }
};

describe('readEventsSettings', () => {
  it("has HEAD's timings and, in production, every part on", () => {
    expect(
      readEventsSettings(FeatureFlags.forEnvironment('prod', {}), {
        INTEGRATION_API_BASE_URL: 'https://api.example/',
      }),
    ).toEqual({
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
    const local = readEventsSettings(FeatureFlags.forEnvironment('local', {}), {});
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

  it('refuses values out of range, naming the variable', () => {
    expect(
      problemsOf({
        INTEGRATION_API_BASE_URL: 'ftp://x',
        EVENTS_BATCH_SIZE: '0',
        NOTIFIER_SCHEDULE_RATE: 'often',
      }),
    ).toEqual([
      'INTEGRATION_API_BASE_URL must be an http or https URL',
      'NOTIFIER_SCHEDULE_RATE must be a whole number',
      'EVENTS_BATCH_SIZE must be at least 1',
    ]);
  });
});
