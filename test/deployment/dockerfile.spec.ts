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

const rootPackage = JSON.parse(readRepoFile('package.json')) as { version: string; devDependencies: Record<string, string> };

describe('docker/Dockerfile', () => {
  it('builds and runs on the exact Node release of the node devDependency, from a slim image', () => {
    expect(stages.map((s) => s.name)).toEqual(['build', 'runtime']);
    // npm test, CI and npm start run on the `node` devDependency: the images run the very same release.
    expect(rootPackage.devDependencies.node).toMatch(/^\d+\.\d+\.\d+$/);
    expect(globalArgs).toEqual([{ keyword: 'ARG', args: `NODE_IMAGE=node:${rootPackage.devDependencies.node}-slim` }]);
    expect(stages.map((s) => s.from)).toEqual(['${NODE_IMAGE}', '${NODE_IMAGE}']);
    const runs = all(stage('build'), 'RUN');
    expect(runs.findIndex((r) => / npm ci( |$)/.test(` ${r}`))).toBeLessThan(runs.findIndex((r) => r.endsWith('npm run build')));
  });

  it("works out the app's own files and packages after the shared build (scripts/image-contents.js)", () => {
    const build = stage('build').instructions;
    const appArg = build.findIndex((i) => i.keyword === 'ARG' && i.args === 'APP');
    const runBuild = build.findIndex((i) => i.keyword === 'RUN' && i.args.endsWith('npm run build'));
    expect(runBuild).toBeGreaterThan(-1);
    expect(appArg).toBeGreaterThan(runBuild); // everything before is shared by every app's build
    expect(build.slice(appArg + 1).map((i) => i.keyword)).toEqual(['RUN', 'RUN']);
    expect(build[build.length - 1].args).toBe('node scripts/image-contents.js "${APP}" /image');
  });

  it('installs only that app’s production packages in the runtime stage and copies only its files', () => {
    const runtime = stage('runtime');
    expect(all(runtime, 'RUN').filter((r) => /npm ci/.test(r))).toEqual([expect.stringMatching(/npm ci --omit=dev .*--ignore-scripts/)]);
    expect(all(runtime, 'COPY')).toEqual(
      expect.arrayContaining(['--from=build /image/package.json /image/package-lock.json ./', '--from=build /image/dist ./dist']),
    );
    expect(all(runtime, 'COPY').filter((c) => c.includes('/app/'))).toEqual([]);
    const keywords = runtime.instructions.map((i) => `${i.keyword} ${i.args}`);
    expect(keywords.findIndex((k) => k.includes('/image/package.json'))).toBeLessThan(keywords.findIndex((k) => /npm ci/.test(k)));
    expect(all(runtime, 'ENV')).toContain('NODE_ENV=production');
  });

  it('labels the image with its source, revision and version (OCI annotations)', () => {
    const runtime = stage('runtime');
    const args = Object.fromEntries(all(runtime, 'ARG').map((a) => [a.split('=')[0], a.includes('=') ? a.slice(a.indexOf('=') + 1) : undefined]));
    expect(args).toEqual({ APP: undefined, PORT: undefined, GIT_SHA: 'unknown', VERSION: rootPackage.version, SOURCE_URL: expect.stringMatching(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/) });
    const labels = all(runtime, 'LABEL').join(' ');
    expect(Object.fromEntries([...labels.matchAll(/(org\.opencontainers\.image\.[a-z]+)=(\S+)/g)].map((m) => [m[1], m[2]]))).toMatchObject({
      'org.opencontainers.image.source': '${SOURCE_URL}',
      'org.opencontainers.image.revision': '${GIT_SHA}',
      'org.opencontainers.image.version': '${VERSION}',
      'org.opencontainers.image.title': '${APP}',
    });
  });

  it('is one image per app: ARG APP and PORT, EXPOSE the port, CMD node dist/apps/<app>/main.js', () => {
    const runtime = stage('runtime');
    expect(all(runtime, 'ARG').slice(0, 2)).toEqual(['APP', 'PORT']);
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
