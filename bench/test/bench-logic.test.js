// The benchmark's own logic, without servers: `node --test bench/test/*.test.js`.
const test = require('node:test');
const assert = require('node:assert/strict');
const { parseOptions } = require('../lib/options');
const { summarise, checkTargets } = require('../lib/targets');
const { replayStages, upstreamPrefixes } = require('../lib/upstream-calls');
const { deployedRuntime, runtimeOf } = require('../lib/deployed-runtime');

test('options: defaults, quick mode and explicit values', () => {
  assert.deepEqual(
    { ...parseOptions([]), appNodeOptions: undefined },
    {
      help: false,
      quick: false,
      duration: 10,
      connections: 50,
      rounds: 2,
      latencyMs: 50,
      latencyConnections: 5,
      only: [],
      databaseUrl: undefined,
      appNodeOptions: undefined,
      cpuProf: false,
    },
  );
  const quick = parseOptions(['--quick']);
  assert.equal(quick.duration, 2);
  assert.equal(quick.rounds, 1);
  const given = parseOptions([
    '--quick',
    '--duration=5',
    '--only',
    'brm,hmpps',
    '--only',
    'vera',
    '--app-node-options',
    '--a  --b',
  ]);
  assert.equal(given.duration, 5);
  assert.deepEqual(given.only, ['brm', 'hmpps', 'vera']);
  assert.deepEqual(given.appNodeOptions, ['--a', '--b']);
});

test('options: unknown flags, missing and bad values are refused with the usage', () => {
  assert.throws(() => parseOptions(['--fast']), /Unknown option "--fast"[\s\S]*Usage/);
  assert.throws(() => parseOptions(['--duration']), /--duration needs a value/);
  assert.throws(() => parseOptions(['--connections', '0']), /must be a positive number/);
  assert.throws(() => parseOptions(['--duration', 'ten']), /must be a positive number, got "ten"/);
});

const recorded = (method, path, extra = {}) => ({
  method,
  path,
  query: {},
  headers: { host: 'stubs', 'content-length': '2', authorization: 'Bearer ***', 'x-correlation-id': 'c1' },
  ...extra,
});

test('replay: the recorded calls become baseline calls without connection headers, with their token', () => {
  const [stage] = replayStages([
    recorded('POST', '/ndelius/search/probation-cases', { body: { crn: 'X1' } }),
    recorded('GET', '/prison-api/x', { query: { b: '2', a: ['1', '3'] }, headers: { host: 'stubs' } }),
  ]);
  assert.deepEqual(stage, [
    {
      method: 'POST',
      path: '/ndelius/search/probation-cases',
      headers: { 'x-correlation-id': 'c1' },
      body: '{"crn":"X1"}',
      auth: true,
    },
    { method: 'GET', path: '/prison-api/x?a=1&a=3&b=2', headers: {}, body: undefined, auth: false },
  ]);
});

test('replay: stage patterns order dependent calls and must place every call', () => {
  const calls = [
    recorded('GET', '/cvl/licences/id/1'),
    recorded('POST', '/probation/search'),
    recorded('GET', '/cvl/licences/id/2'),
  ];
  const stages = replayStages(calls, [/^\/probation\//, /\/licences\/id\//]);
  assert.deepEqual(
    stages.map((stage) => stage.map((call) => call.path)),
    [['/probation/search'], ['/cvl/licences/id/1', '/cvl/licences/id/2']],
  );
  assert.throws(() => replayStages(calls, [/^\/probation\//]), /place 1 of the 3 recorded upstream calls/);
  assert.deepEqual(upstreamPrefixes(['GET /prison-api/a/b', 'POST /prison-api/c', 'GET /ndelius/x?y=1']), [
    '/prison-api',
    '/ndelius',
  ]);
});

const run = (rps, p50, p99, extra = {}) => ({
  requests: rps * 10,
  rps,
  p50,
  p99,
  errors: 0,
  non2xx: 0,
  socketErrors: 0,
  timeouts: 0,
  peakRssMb: 100,
  cpuMsPerRequest: 0.5,
  ...extra,
});

test('summaries: medians of rates and latencies, totals of errors, peak of memory', () => {
  const summary = summarise([
    run(100, 10, 40, { errors: 1, non2xx: 1, peakRssMb: 120 }),
    run(300, 30, 20),
    run(200, 20, 30),
  ]);
  assert.equal(summary.rps, 200);
  assert.equal(summary.p50, 20);
  assert.equal(summary.p99, 30);
  assert.equal(summary.errors, 1);
  assert.equal(summary.requests, 6000);
  assert.equal(summary.peakRssMb, 120);
});

test('targets: throughput, p99, errors and memory against the baseline', () => {
  const met = checkTargets({
    app: summarise([run(70, 5, 14)]),
    baseline: summarise([run(100, 4, 10)]),
    connections: 50,
  });
  assert.deepEqual(Object.fromEntries(Object.entries(met).map(([name, check]) => [name, check.met])), {
    throughput: true,
    p99: true,
    errors: true,
    rss: true,
  });
  const missed = checkTargets({
    app: summarise([run(50, 5, 16, { errors: 2, peakRssMb: 150 })]),
    baseline: summarise([run(100, 4, 10)]),
    connections: 50,
  });
  assert.equal(
    Object.values(missed).some((check) => check.met),
    false,
  );
});

test('targets: a latency scenario allows one delay per dependent stage plus half a delay', () => {
  const baseline = summarise([run(30, 155, 190)]);
  const check = (p50, stageCount) =>
    checkTargets({
      app: summarise([run(30, p50, 200)]),
      baseline,
      latencyMs: 50,
      stageCount,
      callCount: 4,
      connections: 5,
    }).fanOutP50;
  assert.equal(check(170, 3).met, true);
  assert.equal(check(176, 3).met, false);
  assert.equal(check(74, 1).met, true);
  assert.equal(check(100, 1).met, false);
  assert.match(check(170, 3).detail, /all 4 calls in sequence: 200 ms/);
});

test('report: an event flow gets its own table and its checks among the targets', () => {
  const { renderMarkdown } = require('../lib/report');
  const markdown = renderMarkdown({
    generatedAt: '2026-01-15T10:00:00.000Z',
    options: { connections: 50, duration: 2, rounds: 1, latencyMs: 50, latencyConnections: 5, quick: true },
    machine: { node: 'v24', cpus: 2, loadAverageStart: '1', loadAverageEnd: '1' },
    stubs: { readyMs: 1000 },
    apps: [],
    scenarios: [],
    flows: [
      {
        name: 'hmpps-events',
        events: 500,
        delivered: 500,
        duplicates: 0,
        publishPerSecond: 1000,
        storedPerSecond: 190,
        eventsPerSecond: 180,
        beyondDelayP50Ms: 1600,
        beyondDelayP99Ms: 2300,
        beyondDelayMaxMs: 2400,
        appCpuMsPerEvent: 1.9,
        dbCpuMsPerEvent: 1.2,
        delaySeconds: 1,
        passIntervalMs: 1000,
        checks: { delivery: { met: true, detail: '500 of 500 events delivered, 0 twice' } },
      },
    ],
    notRun: [],
  });
  assert.match(markdown, /## Event flows/);
  assert.match(
    markdown,
    /\| hmpps-events \| 500 +\| 500 +\| 0 +\| 1,000 +\| 190 +\| 180 +\| 1,600 +\| 2,300 \| 2,400 \| 1\.90 \(\+1\.20 db\) \| 1 s, 1000 ms \|/,
  );
  assert.match(markdown, /\| hmpps-events +\| delivery +\| 500 of 500 events delivered, 0 twice \| met +\|/);
});

test("hmpps upstreams: every stub URL of .env.local's hmpps section, and only those", () => {
  const { hmppsUpstreamPrefixes, UPSTREAM_PREFIXES } = require('../scenarios/hmpps-upstreams');
  const env = [
    '# --- learner-records (8080) ---',
    'LRS_BASE_URL=http://localhost:9090/lrs',
    '# --- hmpps-integration-api (8081) ---',
    'HMPPS_AUTH_URL=http://localhost:9090/auth',
    'PRISON_API_URL=http://localhost:9090/prison-api',
    'INTEGRATION_API_BASE_URL=http://localhost:8081',
    'ACTIVITIES_URL=http://localhost:9090/activities',
    '# --- vera-integration (8090) ---',
    'ENTRA_AUTHORITY_URL=http://localhost:9090/entra',
  ].join('\n');
  assert.deepEqual(hmppsUpstreamPrefixes(env), {
    PRISON_API_URL: '/prison-api',
    ACTIVITIES_URL: '/activities',
  });
  assert.equal(UPSTREAM_PREFIXES.ACTIVITIES_URL, '/activities');
});

test('deployed runtime: the ConfigMap NODE_OPTIONS as flags, none without a ConfigMap', () => {
  const text =
    'apiVersion: v1\nkind: ConfigMap\ndata:\n  LOG_LEVEL: info\n  NODE_OPTIONS: --max-old-space-size=320  --max-semi-space-size=16\n';
  assert.deepEqual(runtimeOf(text), {
    nodeOptions: ['--max-old-space-size=320', '--max-semi-space-size=16'],
  });
  assert.deepEqual(runtimeOf('kind: ConfigMap\ndata:\n  LOG_LEVEL: info\n'), { nodeOptions: [] });
  assert.deepEqual(deployedRuntime('upstream-stubs'), { nodeOptions: [] });
  // Every benchmarked app runs with its pod's young-generation size, not this host's.
  for (const app of [
    'birth-registration-matching',
    'learner-records',
    'vera-integration',
    'hmpps-integration-api',
  ])
    assert.ok(
      deployedRuntime(app).nodeOptions.some((flag) => flag.startsWith('--max-semi-space-size=')),
      app,
    );
});
