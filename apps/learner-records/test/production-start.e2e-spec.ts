import { buildApps, fatalReport, runBuiltApp } from '@libs/testing';

/**
 * Production fails closed, and says why in one JSON line an operator (or a log pipeline) reads: the
 * built app is started as a container starts it, with the local env file's fake credentials and no
 * database server.
 */
describe('learner-records refuses to start in production on local settings', () => {
  beforeAll(buildApps, 120_000);

  it('exits 1 with one JSON line naming every problem and no stack trace', async () => {
    const result = await runBuiltApp('learner-records', { NODE_ENV: 'production', ENV_FILE: '.env.local' });
    // fatalReport also asserts exit 1, nothing on stdout and exactly one line on stderr.
    expect(fatalReport(result)).toEqual({
      level: 'fatal',
      time: expect.any(Number),
      name: 'hmpps-learner-records-api',
      msg: 'hmpps-learner-records-api cannot start',
      problems: [
        'ORG_PASSWORD holds a placeholder or local value, refused in production',
        'DATABASE_URL is required in production: the embedded database is for local runs (ALLOW_EMBEDDED_DATABASE=true allows it)',
      ],
    });
  });
});
