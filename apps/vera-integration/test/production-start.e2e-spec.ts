import { buildApps, fatalReport, runBuiltApp } from '@libs/testing';

/**
 * Production fails closed, and says why in one JSON line an operator (or a log pipeline) reads: the built
 * app is started as a container starts it, with the local env file's fake credentials and no database server.
 */
describe('vera-integration refuses to start in production on local settings', () => {
  beforeAll(buildApps, 120_000);

  const start = (env: Record<string, string>) => runBuiltApp('vera-integration', env);

  it('exits 1 with one JSON line naming every local credential and the missing database, no stack trace', async () => {
    const result = await start({ NODE_ENV: 'production', ENV_FILE: '.env.local' });
    expect(fatalReport(result)).toEqual({
      level: 'fatal',
      time: expect.any(Number),
      name: 'vera-integration',
      msg: 'vera-integration cannot start',
      problems: [
        'DFE_SECURITY_SECRET holds a placeholder or local value, refused in production',
        'VERA_SECRET_KEYS holds a placeholder or local value, refused in production',
        'DATABASE_URL is required in production: the embedded database is for local runs (ALLOW_EMBEDDED_DATABASE=true allows it)',
      ],
    });
  });

  it('names every bad variable in the same line', async () => {
    const result = await start({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://vera@db.internal/vera',
      HMPPS_AUTH_URL: 'https://sign-in.hmpps.service.justice.gov.uk/auth',
      VERA_API_BASE_URL: 'vera-api',
      DFE_SECURITY_TENANT_ID: 'dfe.onmicrosoft.com',
      DFE_SECURITY_RESOURCE: 'api://vera',
      VERA_SECRET_KEYS: 'k1:c2hvcnQ=',
      VERA_SESSION_SECRET: 'too-short',
      VERA_PUBLIC_URL: 'http://vera.example.org',
      VERA_TIMEOUT_MS: '0',
    });
    expect(fatalReport(result).problems).toEqual([
      'VERA_API_BASE_URL must be an http or https URL',
      'VERA_TIMEOUT_MS must be at least 1',
      'VERA_SECRET_KEYS key "k1" must be 32 bytes, base64-encoded',
      'VERA_SESSION_SECRET must be one or more comma-separated secrets of at least 32 characters each',
      'VERA_PUBLIC_URL must use https in production',
    ]);
  });
});
