import { execFile, execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..', '..', '..');
const run = promisify(execFile);

/** `npm run build`, as the container image is built (a production-start test's `beforeAll`). */
export function buildApps(): void {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'pipe' });
}

export interface BuiltAppExit {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Starts `dist/apps/<app>/main.js` as a container starts it, with only `env` (plus PATH and a free port),
 * and resolves how it ended: for tests of start-up refusals (an app that starts is killed by the caller's
 * timeout, so give it settings it must refuse). `ENV_FILE` paths are relative to the repository root.
 */
export function runBuiltApp(app: string, env: Record<string, string>): Promise<BuiltAppExit> {
  const withFile = env.ENV_FILE ? { ...env, ENV_FILE: join(ROOT, env.ENV_FILE) } : env;
  return run(process.execPath, [join(ROOT, 'dist/apps', app, 'main.js')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, PORT: '0', ...withFile },
    timeout: 60_000,
  }).then(
    () => ({ code: 0, stdout: '', stderr: '' }),
    (error: BuiltAppExit) => error,
  );
}

/**
 * The one JSON line an app that refuses to start writes (`bootstrap`'s fatal report), parsed. Throws,
 * saying what happened instead, when the app did not exit 1, wrote to stdout, or wrote more than one line
 * (a stack trace).
 */
export function fatalReport(exit: BuiltAppExit): Record<string, unknown> {
  const lines = exit.stderr.trim().split('\n');
  if (exit.code !== 1 || exit.stdout !== '' || lines.length !== 1) {
    throw new Error(
      `expected exit 1 with one line on stderr, got ${exit.code}:\n${exit.stdout}\n${exit.stderr}`,
    );
  }
  return JSON.parse(lines[0]) as Record<string, unknown>;
}
