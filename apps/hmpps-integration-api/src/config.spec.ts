import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigProblems, loadEnv } from '@libs/platform';
import {
  hmppsIntegrationConfig,
  HmppsIntegrationEnv,
  mutualTlsServerOptions,
  REQUIRED_ENV,
  UPSTREAM_URL_VARIABLES,
} from './config';

const BASE_ENV: Record<string, string> = {
  ...Object.fromEntries(
    REQUIRED_ENV.map((name) => [
      name,
      name.endsWith('_URL') ? `http://localhost:9090/${name}` : `value-of-${name}`,
    ]),
  ),
  // The emulator's local queue names; on AWS the audit and jobs-board queues must be named.
  HMPPS_SQS_PROVIDER: 'localstack',
  // prod's flags listen to domain events, which needs the API's public address.
  INTEGRATION_API_BASE_URL: 'https://integration-api.example',
};

const configOf = (env: Record<string, string | undefined>) =>
  hmppsIntegrationConfig(loadEnv('hmpps-integration-api', HmppsIntegrationEnv, env));

const problemsOf = (env: Record<string, string | undefined>): readonly string[] => {
  try {
    loadEnv('hmpps-integration-api', HmppsIntegrationEnv, env);
    return [];
  } catch (error) {
    if (error instanceof ConfigProblems) return error.problems;
    throw error;
  }
};

describe('HmppsIntegrationEnv', () => {
  it('requires the auth server, the client credentials, the consumers file and every upstream URL', () => {
    expect(REQUIRED_ENV).toEqual([
      'HMPPS_AUTH_URL',
      'CLIENT_ID',
      'CLIENT_SECRET',
      'AUTHORISATION_CONFIG',
      ...Object.values(UPSTREAM_URL_VARIABLES),
    ]);
  });

  it('reads every upstream URL and applies the documented defaults', () => {
    const config = configOf(BASE_ENV);
    expect(config.upstreamUrls.prisonApi).toBe('http://localhost:9090/PRISON_API_URL');
    expect(Object.keys(config.upstreamUrls)).toHaveLength(Object.keys(UPSTREAM_URL_VARIABLES).length);
    expect(config).toMatchObject({
      upstreamTimeoutMs: 15_000,
      upstreamRetries: 2,
      transactionRetries: 3,
      transactionRetryBackoffMs: 3_000,
      mutualTls: false,
      environment: 'prod',
      manageUsersUrl: null,
      entraOboJwksUrl: 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
      production: false,
    });
  });

  it('reports every bad variable at once, naming each and never its value', () => {
    const problems = problemsOf({
      ...BASE_ENV,
      CLIENT_SECRET: undefined,
      PRISON_API_URL: 'prison-api.local',
      UPSTREAM_TIMEOUT_MS: '2s',
      HMPPS_ENVIRONMENT: 'staging',
      FEATURE_FLAG_CPR_ENABLED: 'yes',
      TLS_CERT: '/cert.pem',
      HMPPS_SQS_PROVIDER: 'kafka',
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'CLIENT_SECRET is required',
        'PRISON_API_URL must be an http or https URL',
        'UPSTREAM_TIMEOUT_MS must be a whole number',
        'HMPPS_ENVIRONMENT must be one of local, dev, preprod, prod',
        'FEATURE_FLAG_CPR_ENABLED must be true or false',
        'Mutual TLS needs all of TLS_CERT, TLS_KEY and TLS_CA',
        'HMPPS_SQS_PROVIDER must be aws or localstack',
      ]),
    );
    expect(problems.join(' ')).not.toMatch(/prison-api\.local|2s|staging|kafka/);
  });

  it('applies FEATURE_FLAG_* overrides on the environment defaults', () => {
    const flags = configOf({
      ...BASE_ENV,
      HMPPS_ENVIRONMENT: 'local',
      FEATURE_FLAG_CPR_ENABLED: 'FALSE',
    }).featureFlags;
    expect(flags.value('cpr-enabled')).toBe(false);
    expect(flags.value('use-active-alerts-endpoint')).toBe(true);
  });

  it('fails closed in production: a local client secret and the embedded database are refused', () => {
    expect(
      problemsOf({
        ...BASE_ENV,
        NODE_ENV: 'production',
        CLIENT_SECRET: 'hmpps-integration-api-local-secret',
      }),
    ).toEqual([
      'CLIENT_SECRET holds a placeholder or local value, refused in production',
      'DATABASE_URL is required in production: the embedded database is for local runs (ALLOW_EMBEDDED_DATABASE=true allows it)',
    ]);
  });
});

describe('mutualTlsServerOptions', () => {
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'hmpps-tls-config-'));
    for (const name of ['cert', 'key', 'ca']) writeFileSync(join(directory, name), `${name} pem`);
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('requires and verifies client certificates when the files are given', () => {
    const env = {
      TLS_CERT: join(directory, 'cert'),
      TLS_KEY: join(directory, 'key'),
      TLS_CA: join(directory, 'ca'),
    };
    const options = mutualTlsServerOptions(env);
    expect(options).toMatchObject({ requestCert: true, rejectUnauthorized: true });
    expect(String(options?.ca)).toBe('ca pem');
    expect(configOf({ ...BASE_ENV, ...env }).mutualTls).toBe(true);
  });

  it('leaves the app on plain HTTP without them', () => {
    expect(mutualTlsServerOptions({})).toBeUndefined();
  });

  it('reports a file it cannot read at start', () => {
    const env = {
      TLS_CERT: join(directory, 'cert'),
      TLS_KEY: join(directory, 'missing'),
      TLS_CA: join(directory, 'ca'),
    };
    expect(mutualTlsServerOptions(env)).toBeUndefined();
    expect(problemsOf({ ...BASE_ENV, ...env })).toEqual(['TLS_KEY must name a readable file']);
  });
});
