#!/usr/bin/env node
// `npm start`: runs upstream-stubs and the four services from dist/ against .env.local (embedded
// databases, stubs for every upstream), waits until each is ready and prints its URLs.
// `--check` probes every platform endpoint of every app once ready, then stops them all (used by CI).
const { concurrently } = require('concurrently');
const path = require('node:path');
const fs = require('node:fs');
const { apps, platformPaths, probeHeaders, metricsPort } = require('./apps');

const root = path.join(__dirname, '..');
const check = process.argv.includes('--check');
const startTimeoutMs = 60_000;

for (const app of apps) {
  if (!fs.existsSync(path.join(root, 'dist', 'apps', app.name, 'main.js'))) {
    console.error(`dist/apps/${app.name}/main.js is missing: run "npm run build" first (npm start does).`);
    process.exit(1);
  }
}

const { result, commands } = concurrently(
  apps.map((app) => ({
    name: app.name,
    command: `node dist/apps/${app.name}/main.js`,
    env: { ENV_FILE: '.env.local', PORT: String(app.port), LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' },
  })),
  { cwd: root, prefix: 'name', killOthersOn: ['failure'], restartTries: 0 },
);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitReady(app, started) {
  const url = `http://127.0.0.1:${app.port}/health/readiness`;
  while (Date.now() - started < startTimeoutMs) {
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
  const metrics = await fetch(`http://127.0.0.1:${metricsPort(app)}/metrics`).catch((e) => ({ status: e.message }));
  if (metrics.status !== 200) failures.push(`metrics port ${metricsPort(app)} /metrics → ${metrics.status}`);
  for (const p of platformPaths) {
    const response = await fetch(`http://127.0.0.1:${app.port}${p}`, { headers: probeHeaders }).catch((e) => ({ status: e.message }));
    if (response.status !== 200) failures.push(`${p} → ${response.status}`);
    if (p === '/health' && app.database && response.status === 200) {
      const body = await response.json();
      if (body.components?.db?.status !== 'UP') failures.push(`/health db component is ${JSON.stringify(body.components?.db)}`);
    }
  }
  return failures;
}

(async () => {
  const started = Date.now();
  const times = await Promise.all(apps.map((app) => waitReady(app, started)));
  console.log('\nAll apps are ready:');
  apps.forEach((app, i) => {
    console.log(`  ${app.name.padEnd(28)} http://localhost:${app.port}  (ready in ${(times[i] / 1000).toFixed(1)} s; docs: http://localhost:${app.port}/swagger-ui/index.html)`);
  });
  if (!check) {
    console.log('\nGet a token: npm run token -- --roles ROLE_LEARNER_RECORDS_SEARCH__RO   (Ctrl+C stops everything)\n');
    return;
  }
  let failed = 0;
  for (const app of apps) {
    const failures = await probe(app);
    failed += failures.length;
    console.log(`${failures.length ? 'FAIL' : 'ok  '} ${app.name}${failures.length ? ': ' + failures.join('; ') : ''}`);
  }
  console.log(`start-check: ${(platformPaths.length + 1) * apps.length - failed} passed, ${failed} failed`);
  commands.forEach((command) => command.kill('SIGTERM'));
  await result.catch(() => undefined);
  process.exit(failed ? 1 : 0);
})().catch((error) => {
  console.error(error.message);
  commands.forEach((command) => command.kill('SIGTERM'));
  process.exit(1);
});

if (!check) result.catch(() => process.exit(1));
