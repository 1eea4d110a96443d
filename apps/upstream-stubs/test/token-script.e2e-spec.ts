import { RunningStubs, startStubs } from '@libs/testing';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { decodeJwt } from './jwt-test-helpers';

const run = promisify(execFile);
const SCRIPT = join(__dirname, '..', '..', '..', 'scripts', 'token.js');

describe('npm run token (scripts/token.js)', () => {
  let stubs: RunningStubs;

  beforeAll(async () => {
    stubs = await startStubs();
  });

  afterAll(async () => {
    await stubs?.close();
  });

  it('prints a token with the roles and lifetime asked for', async () => {
    const { stdout } = await run('node', [
      SCRIPT,
      '--url',
      stubs.url,
      '--roles',
      'ROLE_A, ROLE_B',
      '--expires',
      '120',
    ]);

    const { claims } = decodeJwt(stdout.trim());
    expect(claims.authorities).toEqual(['ROLE_A', 'ROLE_B']);
    expect(claims.exp - claims.iat).toBe(120);
  });

  it('explains how to start the stubs when they are not running', async () => {
    const failure = run('node', [SCRIPT, '--url', 'http://127.0.0.1:9', '--roles', 'ROLE_A']);

    await expect(failure).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('upstream-stubs is not reachable at http://127.0.0.1:9'),
    });
  });

  it('refuses a lifetime that is not a number', async () => {
    await expect(run('node', [SCRIPT, '--url', stubs.url, '--expires', 'soon'])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--expires must be a whole number'),
    });
  });
});
