import { execFile, execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..', '..', '..');
const run = promisify(execFile);

interface Exit {
  code: number;
  stdout: string;
  stderr: string;
}

async function start(env: Record<string, string | undefined>): Promise<Exit> {
  return run(process.execPath, [join(ROOT, 'dist/apps/hmpps-integration-api/main.js')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, PORT: '0', ...env },
  }).then(
    () => ({ code: 0, stdout: '', stderr: '' }),
    (error: Exit) => error,
  );
}

function fatalLine(result: Exit): unknown {
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0]);
}

/**
 * A bad environment stops the start in one JSON line an operator (or a log pipeline) reads, naming every
 * problem at once; production fails closed. The built app is started as a container starts it.
 */
describe('hmpps-integration-api start-up with a bad environment', () => {
  beforeAll(() => {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'pipe' });
  }, 120_000);

  it('refuses production on the local env file: one JSON line naming every problem, no stack trace', async () => {
    const result = await start({ NODE_ENV: 'production', ENV_FILE: join(ROOT, '.env.local') });
    expect(fatalLine(result)).toEqual({
      level: 'fatal',
      time: expect.any(Number),
      name: 'hmpps-integration-api',
      msg: 'hmpps-integration-api cannot start',
      problems: [
        'CLIENT_SECRET holds a placeholder or local value, refused in production',
        'DATABASE_URL is required in production: the embedded database is for local runs (ALLOW_EMBEDDED_DATABASE=true allows it)',
      ],
    });
  }, 60_000);

  it('names every missing or bad variable, its own and the queues alike, without their values', async () => {
    const result = await start({
      HMPPS_AUTH_URL: 'http://localhost:9090/auth',
      CLIENT_ID: 'hmpps-integration-api',
      CLIENT_SECRET: 'from-the-vault',
      AUTHORISATION_CONFIG: 'apps/hmpps-integration-api/config/authorisation.local.yaml',
      PRISON_API_URL: 'prison-api.internal',
      UPSTREAM_RETRIES: 'three',
      HMPPS_SQS_PROVIDER: 'aws',
    });
    const line = fatalLine(result) as { problems: string[] };
    expect(line.problems).toEqual(
      expect.arrayContaining([
        'PRISONER_OFFENDER_SEARCH_URL is required',
        'PRISON_API_URL must be an http or https URL',
        'INCENTIVES_URL is required',
        'UPSTREAM_RETRIES must be a whole number',
        'HMPPS_SQS_QUEUES_AUDIT_QUEUE_NAME is required',
      ]),
    );
    expect(result.stderr).not.toMatch(/prison-api\.internal|three|from-the-vault/);
  }, 60_000);
});
