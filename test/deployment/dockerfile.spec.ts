import { spawn } from 'node:child_process';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { dockerfileStages, execForm, Instruction, Stage } from './dockerfile';
import { readRepoFile, REPO_ROOT } from './suite';

const { globalArgs, stages } = dockerfileStages();

function stage(name: string): Stage {
  const found = stages.find((s) => s.name === name);
  if (!found) throw new Error(`docker/Dockerfile has no stage ${name}`);
  return found;
}

function all(s: Stage, keyword: string): string[] {
  return s.instructions.filter((i: Instruction) => i.keyword === keyword).map((i) => i.args);
}

describe('docker/Dockerfile', () => {
  it('builds in a build stage (npm ci, then the SWC build) and runs from a slim Node image', () => {
    expect(stages.map((s) => s.name)).toEqual(['build', 'runtime']);
    expect(globalArgs).toEqual([{ keyword: 'ARG', args: expect.stringMatching(/^NODE_IMAGE=node:20-(slim|alpine)$/) }]);
    expect(stages.map((s) => s.from)).toEqual(['${NODE_IMAGE}', '${NODE_IMAGE}']);
    const runs = all(stage('build'), 'RUN');
    expect(runs.findIndex((r) => / npm ci( |$)/.test(` ${r}`))).toBeLessThan(runs.findIndex((r) => r.endsWith('npm run build')));
  });

  it('installs production dependencies only in the runtime stage and copies the built dist/', () => {
    const runtime = stage('runtime');
    expect(all(runtime, 'RUN').filter((r) => /npm ci/.test(r))).toEqual([expect.stringMatching(/npm ci --omit=dev/)]);
    expect(all(runtime, 'COPY')).toContain('--from=build /app/dist ./dist');
    expect(all(runtime, 'ENV')).toContain('NODE_ENV=production');
  });

  it('is one image per app: ARG APP and PORT, EXPOSE the port, CMD node dist/apps/<app>/main.js', () => {
    const runtime = stage('runtime');
    expect(all(runtime, 'ARG')).toEqual(['APP', 'PORT']);
    expect(all(runtime, 'ENV')).toContain('APP=${APP} PORT=${PORT} HOST=0.0.0.0');
    expect(all(runtime, 'EXPOSE')).toEqual(['${PORT}']);
    const [cmd] = all(runtime, 'CMD').map(execForm);
    // exec replaces the shell, so SIGTERM reaches node and the graceful shutdown runs.
    expect(cmd).toEqual(['/bin/sh', '-c', 'exec node dist/apps/${APP}/main.js']);
  });

  it('runs as the non-root node user with a HEALTHCHECK on /health/ping written in node', () => {
    const runtime = stage('runtime');
    const keywords = runtime.instructions.map((i) => i.keyword);
    expect(all(runtime, 'USER')).toEqual(['node']);
    expect(keywords.indexOf('USER')).toBeLessThan(keywords.indexOf('CMD'));
    expect(all(runtime, 'HEALTHCHECK').map(execForm)).toEqual([['node', 'healthcheck.js']]);
    expect(all(runtime, 'COPY')).toContain('docker/healthcheck.js ./healthcheck.js');
  });

  it('keeps secrets, dependencies and build output out of the build context (.dockerignore)', () => {
    const ignored = readRepoFile('.dockerignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['.git', 'node_modules', 'dist', '.env', '.env.*', '*.pfx', '*.pem']));
    expect(ignored).not.toContain('docker');
  });
});

describe('docker/healthcheck.js', () => {
  let server: Server;
  let status = 200;
  let seen: IncomingHttpHeaders[] = [];
  let seenPaths: string[] = [];
  let port: number;

  beforeAll(async () => {
    server = createServer((request, response) => {
      seen.push(request.headers);
      seenPaths.push(request.url ?? '');
      response.writeHead(status).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    seen = [];
    seenPaths = [];
  });

  function check(env: Record<string, string>): Promise<number | null> {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'docker', 'healthcheck.js')], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: 'ignore' });
    return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  }

  it('passes on 200 from /health/ping, identifying itself as the Kubernetes probe consumer', async () => {
    status = 200;
    expect(await check({ PORT: String(port) })).toBe(0);
    expect(seenPaths).toEqual(['/health/ping']);
    expect(seen[0]['subject-distinguished-name']).toBe('O=K8s,CN=kubernetes-health-check-client');
  });

  it('sends HEALTHCHECK_SUBJECT_DN when set (local runs use the all-access consumer)', async () => {
    status = 200;
    expect(await check({ PORT: String(port), HEALTHCHECK_SUBJECT_DN: 'C=GB,O=Local,CN=all-access' })).toBe(0);
    expect(seen[0]['subject-distinguished-name']).toBe('C=GB,O=Local,CN=all-access');
  });

  it('fails on any other status and when nothing listens', async () => {
    status = 403;
    expect(await check({ PORT: String(port) })).toBe(1);
    status = 503;
    expect(await check({ PORT: String(port) })).toBe(1);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await check({ PORT: String(closedPort) })).toBe(1);
  });
});
