#!/usr/bin/env node
// `npm run bench`: load benchmarks of every service against a bare node:http + undici baseline making the
// same upstream calls, all on loopback against upstream-stubs, from the production build (dist/).
// Results: bench/results/latest.json and latest.md, and printed. See docs/benchmarks.md.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { parseOptions, USAGE } = require('./lib/options');
const { runApp } = require('./lib/app-run');
const { freePort, startNode, stopAll, waitReady } = require('./lib/processes');
const { writeResults } = require('./lib/report');
const { stubsAdmin } = require('./lib/stubs-admin');
const groups = require('./scenarios');

const ROOT = path.join(__dirname, '..');
const STUBS_MAIN = path.join(ROOT, 'dist', 'apps', 'upstream-stubs', 'main.js');

const log = (line) => console.log(`[bench] ${line}`);
const loadAverage = () =>
  os
    .loadavg()
    .map((v) => v.toFixed(2))
    .join(' ');

function selectedScenarios(group, only) {
  const all = group.scenarios;
  if (only.length === 0) return all;
  return all.filter((s) => only.some((name) => s.name.includes(name) || group.app.includes(name)));
}

/** An upper bound for the whole run, so it always ends by itself even if something hangs. */
function watchdogMs(options) {
  const scenarios = groups.reduce(
    (n, g) => n + g.scenarios.length * (1 + g.scenarios.filter((s) => s.latency).length),
    0,
  );
  const perScenarioS = 2 * options.rounds * (options.duration + 15) + 60;
  return (groups.length * 120 + scenarios * perScenarioS) * 1000;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (!fs.existsSync(STUBS_MAIN))
    throw new Error('dist/apps/upstream-stubs/main.js is missing: run "npm run build" first');
  const watchdog = setTimeout(() => {
    console.error(`[bench] gave up after ${watchdogMs(options) / 1000} s`);
    stopAll().finally(() => process.exit(1));
  }, watchdogMs(options));
  watchdog.unref();

  const result = {
    generatedAt: new Date().toISOString(),
    options,
    machine: { node: process.version, cpus: os.cpus().length, loadAverageStart: loadAverage() },
    stubs: {},
    apps: [],
    scenarios: [],
    flows: [],
    notRun: [],
  };
  const stubsPort = await freePort();
  const stubsMetricsPort = await freePort();
  const stubsUrl = `http://127.0.0.1:${stubsPort}`;
  const stubsProc = startNode('upstream-stubs', [STUBS_MAIN], {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(stubsPort),
    // Read by servedCount (stubs-admin.js).
    METRICS_PORT: String(stubsMetricsPort),
    SHUTDOWN_DRAIN_DELAY_MS: '0',
    // What a group's upstream stand-ins must be told (e.g. the credentials its app is given).
    ...Object.assign({}, ...groups.map((group) => group.stubsEnv ?? {})),
  });
  result.stubs.readyMs = await waitReady(stubsProc, `${stubsUrl}/health/readiness`);
  log(`upstream-stubs ready in ${Math.round(result.stubs.readyMs)} ms`);
  const stubs = stubsAdmin(stubsUrl, `http://127.0.0.1:${stubsMetricsPort}`);

  for (const group of groups) {
    const selected = selectedScenarios(group, options.only);
    if (selected.length > 0) await runApp({ group, selected, stubs, stubsUrl, options, result, log });
  }
  await stopAll();
  result.machine.loadAverageEnd = loadAverage();
  console.log(`\n${writeResults(result)}`);
  log(`written to bench/results/latest.json and bench/results/latest.md`);
  // Failure means the benchmark itself could not run a scenario; missed targets never fail it (noisy machines).
  return result.scenarios.length + result.flows.length > 0 && result.notRun.length === 0 ? 0 : 1;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => stopAll().finally(() => process.exit(130)));
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[bench] ${error.message}`);
    stopAll().finally(() => process.exit(1));
  },
);
