#!/usr/bin/env node
// `npm start`: runs upstream-stubs and the four services from dist/ against .env.local (embedded
// databases, stubs for every upstream), waits until each is ready, prints their URLs and a sign-in link
// for the vera-integration staff pages. On a terminal each log line is pretty-printed on one line,
// prefixed by its app (a request: method, route, status, time, coloured by status); otherwise the apps'
// JSON lines pass through unchanged. An app that crashes is reported; the others keep running.
//   PORT_OFFSET=1000 npm start           every port + 1000 (stubs on 10090, learner-records on 9080, ...)
//   LEARNER_RECORDS_PORT=18080 npm start one app's port (<APP>_PORT, the app name in capitals)
//   LOG_LEVEL=debug, PRETTY_LOGS=0|1     the apps' level; force JSON or pretty output
// `--check` probes every platform endpoint of every app once ready, then stops them all (used by CI).
const { concurrently } = require('concurrently');
const { Writable } = require('node:stream');
const { parseEnv } = require('node:util');
const path = require('node:path');
const fs = require('node:fs');
const { apps, services, platformPaths, probeHeaders, metricsPort } = require('./apps');
const { logLineFormatter } = require('./log-lines');
const { veraSignInLink } = require('./vera-sign-in');

const root = path.join(__dirname, '..');
const check = process.argv.includes('--check');
// Generous: the stateful apps start an embedded PostgreSQL each, and a busy 2-core machine is slow at it.
const startTimeoutMs = 120_000;
const ENV_FILE = '.env.local';

for (const app of apps) {
  if (!fs.existsSync(path.join(root, 'dist', 'apps', app.name, 'main.js'))) {
    console.error(`dist/apps/${app.name}/main.js is missing: run "npm run build" first (npm start does).`);
    process.exit(1);
  }
}

/** Each app's port: <APP>_PORT, else its usual port plus PORT_OFFSET. */
function portOf(app) {
  const own = process.env[`${app.name.toUpperCase().replace(/-/g, '_')}_PORT`];
  const offset = Number(process.env.PORT_OFFSET ?? 0);
  const port = own !== undefined ? Number(own) : app.port + offset;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`${app.name}: port ${own ?? `${app.port} + PORT_OFFSET ${process.env.PORT_OFFSET}`} is not a TCP port`);
    process.exit(1);
  }
  return port;
}
const ports = Object.fromEntries([...services, ...apps].map((app) => [app.name, portOf(app)]));

// .env.local names the stubs at localhost:9090 and the emulator at localhost:4566; when they listen
// elsewhere, every such URL follows them.
const envFile = parseEnv(fs.readFileSync(path.join(root, ENV_FILE), 'utf8'));
const moved = [...services, apps.find((app) => app.name === 'upstream-stubs')]
  .filter((process) => ports[process.name] !== process.port)
  .map((process) => [`//localhost:${process.port}`, `//localhost:${ports[process.name]}`]);
const stubUrls = Object.fromEntries(
  Object.entries(envFile)
    .filter(([, value]) => moved.some(([from]) => value.includes(from)))
    .map(([name, value]) => [name, moved.reduce((url, [from, to]) => url.replace(from, to), value)]),
);
const local = (app) => `http://localhost:${ports[app]}`;

function envFor(app) {
  const env = { ENV_FILE, PORT: String(ports[app.name]), LOG_LEVEL: process.env.LOG_LEVEL ?? (check ? 'warn' : 'info'), ...stubUrls };
  // Sign-in links are built from the configured public address, never from a request's Host header.
  if (app.name === 'vera-integration') env.VERA_PUBLIC_URL = process.env.VERA_PUBLIC_URL ?? local(app.name);
  return env;
}

const pretty = process.env.PRETTY_LOGS !== undefined ? process.env.PRETTY_LOGS === '1' : Boolean(process.stdout.isTTY);
const formatLine = logLineFormatter({ pretty, names: [...services, ...apps].map((app) => app.name) });

const { result, commands } = concurrently(
  [
    ...services.map((service) => ({
      name: service.name,
      command: `exec ${service.command}`,
      env: { ...service.env, [service.portVariable]: String(ports[service.name]) },
    })),
    ...apps.map((app) => ({ name: app.name, command: `exec node dist/apps/${app.name}/main.js`, env: envFor(app) })),
  ],
  // The output below is ours (one line at a time, formatted), so concurrently's own goes nowhere; nothing
  // kills the others when one app stops.
  { cwd: root, prefix: 'none', outputStream: new Writable({ write: (_chunk, _encoding, done) => done() }), killOthersOn: [], restartTries: 0 },
);

let stopping = false;
const exited = new Map();
for (const command of commands) {
  let pending = '';
  const onData = (chunk) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop();
    for (const line of lines) if (line) process.stdout.write(`${formatLine(command.name, line)}\n`);
  };
  command.stdout.subscribe(onData);
  command.stderr.subscribe(onData);
  command.close.subscribe(({ exitCode }) => {
    exited.set(command.name, exitCode);
    if (stopping) return;
    const others = commands.filter((other) => !exited.has(other.name)).length;
    console.error(`\n${command.name} stopped (exit ${exitCode}); ${others ? `the other ${others} keep running` : 'nothing else is running'}. Its last lines are above.\n`);
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitReady(app, started) {
  const url = `http://127.0.0.1:${ports[app.name]}/health/readiness`;
  while (Date.now() - started < startTimeoutMs) {
    if (exited.has(app.name)) throw new Error(`${app.name} exited (code ${exited.get(app.name)}) before it was ready`);
    try {
      const response = await fetch(url, { headers: probeHeaders });
      if (response.status === 200) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${app.name} was not ready within ${startTimeoutMs / 1000} s`);
}

async function probe(app) {
  const failures = [];
  const metricsAt = metricsPort(ports[app.name]);
  const metrics = await fetch(`http://127.0.0.1:${metricsAt}/metrics`).catch((e) => ({ status: e.message }));
  if (metrics.status !== 200) failures.push(`metrics port ${metricsAt} /metrics → ${metrics.status}`);
  for (const p of platformPaths) {
    const response = await fetch(`http://127.0.0.1:${ports[app.name]}${p}`, { headers: probeHeaders }).catch((e) => ({ status: e.message }));
    if (response.status !== 200) failures.push(`${p} → ${response.status}`);
    if (p === '/health' && app.database && response.status === 200) {
      const body = await response.json();
      if (body.components?.db?.status !== 'UP') failures.push(`/health db component is ${JSON.stringify(body.components?.db)}`);
    }
  }
  return failures;
}

const DEPENDENCIES = new Set([...services.map((service) => service.name), 'upstream-stubs']);
const closed = (command) => new Promise((resolve) => (exited.has(command.name) ? resolve() : command.close.subscribe(() => resolve())));

/**
 * The services first, then what they call (the stubs, the emulator), so that none spends its shutdown
 * retrying a dependency that has already gone.
 */
async function stopAll() {
  stopping = true;
  const [dependencies, dependents] = [true, false].map((dependency) =>
    commands.filter((command) => DEPENDENCIES.has(command.name) === dependency),
  );
  dependents.forEach((command) => command.kill('SIGTERM'));
  await Promise.all(dependents.map(closed));
  dependencies.forEach((command) => command.kill('SIGTERM'));
  await result.catch(() => undefined);
}

(async () => {
  const started = Date.now();
  const times = await Promise.all(apps.map((app) => waitReady(app, started)));
  console.log('\nAll apps are ready:');
  apps.forEach((app, i) => {
    console.log(`  ${app.name.padEnd(28)} ${local(app.name)}  (ready in ${(times[i] / 1000).toFixed(1)} s; docs: ${local(app.name)}/swagger-ui/index.html)`);
  });
  if (!check) {
    const signIn = await veraSignInLink({ veraUrl: `http://127.0.0.1:${ports['vera-integration']}`, stubsUrl: `http://127.0.0.1:${stubsPort}`, ukprn: envFile.DFE_SECURITY_UKPRN }).catch(
      (error) => `(no link: ${error.message})`,
    );
    console.log(`\nvera-integration staff pages, as the demo provider ${envFile.DFE_SECURITY_UKPRN}: open within a minute, once`);
    console.log(`  ${signIn}`);
    console.log('  (a fresh link any time: npm run -s vera:sign-in)');
    console.log(`\nGet a token: npm run token -- --roles ROLE_LEARNER_RECORDS_SEARCH__RO${stubsPort === STUBS_PORT_IN_ENV_FILE ? '' : ` --url http://localhost:${stubsPort}`}   (Ctrl+C stops everything)\n`);
    return;
  }
  let failed = 0;
  for (const app of apps) {
    const failures = await probe(app);
    failed += failures.length;
    console.log(`${failures.length ? 'FAIL' : 'ok  '} ${app.name}${failures.length ? ': ' + failures.join('; ') : ''}`);
  }
  console.log(`start-check: ${(platformPaths.length + 1) * apps.length - failed} passed, ${failed} failed`);
  await stopAll();
  process.exit(failed ? 1 : 0);
})().catch(async (error) => {
  console.error(error.message);
  await stopAll();
  process.exit(1);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll().then(() => process.exit(0));
  });
}
