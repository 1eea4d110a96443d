import { buildApps, fatalReport, runBuiltApp } from '@libs/testing';

/**
 * Production fails closed, and says why in one JSON line an operator (or a log pipeline) reads: the built
 * app is started as a container starts it, with the local env file's fake DES token.
 */
describe('birth-registration-matching refuses to start in production on local settings', () => {
  beforeAll(buildApps, 120_000);

  const start = (env: Record<string, string>) => runBuiltApp('birth-registration-matching', env);

  it('exits 1 with one JSON line naming the local DES token and no stack trace', async () => {
    const result = await start({ NODE_ENV: 'production', ENV_FILE: '.env.local' });
    expect(fatalReport(result)).toEqual({
      level: 'fatal',
      time: expect.any(Number),
      name: 'birth-registration-matching',
      msg: 'birth-registration-matching cannot start',
      problems: ['BRM_DES_AUTH_TOKEN holds a placeholder or local value, refused in production'],
    });
  });

  it('names every bad variable in the same line', async () => {
    const result = await start({
      NODE_ENV: 'production',
      BRM_GRO_PROXY_URL: 'gro-proxy',
      BRM_DES_ENVIRONMENT: 'live',
      BRM_DES_AUTH_TOKEN: 'change-me',
      BRM_GRO_TIMEOUT_MS: '-1',
      BRM_NRS_ENABLED: 'yes',
    });
    expect(fatalReport(result).problems).toEqual([
      'BRM_GRO_PROXY_URL must be an http or https URL',
      'BRM_DES_URL is required',
      'BRM_DES_AUTH_TOKEN holds a placeholder or local value, refused in production',
      'BRM_GRO_TIMEOUT_MS must be at least 1',
      'BRM_NRS_ENABLED must be true or false',
    ]);
  });
});
