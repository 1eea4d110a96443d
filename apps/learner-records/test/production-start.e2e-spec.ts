import { execFile, execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..', '..', '..');
const run = promisify(execFile);

/**
 * Production fails closed, and says why in one JSON line an operator (or a log pipeline) reads: the
 * built app is started as a container starts it, with the local env file's fake credentials and no
 * database server.
 */
describe('learner-records refuses to start in production on local settings', () => {
  beforeAll(() => {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'pipe' });
  }, 120_000);

  it('exits 1 with one JSON line naming every problem and no stack trace', async () => {
    const result = await run(process.execPath, [join(ROOT, 'dist/apps/learner-records/main.js')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, NODE_ENV: 'production', ENV_FILE: join(ROOT, '.env.local'), PORT: '0' },
    }).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toEqual({
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
