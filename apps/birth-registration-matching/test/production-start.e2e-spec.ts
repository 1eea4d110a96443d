import { execFile, execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..', '..', '..');
const run = promisify(execFile);

/**
 * Production fails closed, and says why in one JSON line an operator (or a log pipeline) reads: the built
 * app is started as a container starts it, with the local env file's fake DES token.
 */
describe('birth-registration-matching refuses to start in production on local settings', () => {
  beforeAll(() => {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'pipe' });
  }, 120_000);

  function start(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
    return run(process.execPath, [join(ROOT, 'dist/apps/birth-registration-matching/main.js')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, PORT: '0', ...env },
    }).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
  }

  it('exits 1 with one JSON line naming the local DES token and no stack trace', async () => {
    const result = await start({ NODE_ENV: 'production', ENV_FILE: join(ROOT, '.env.local') });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toEqual({
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
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).problems).toEqual([
      'BRM_GRO_PROXY_URL must be an http or https URL',
      'BRM_DES_URL is required',
      'BRM_DES_AUTH_TOKEN holds a placeholder or local value, refused in production',
      'BRM_GRO_TIMEOUT_MS must be at least 1',
      'BRM_NRS_ENABLED must be true or false',
    ]);
  });
});
