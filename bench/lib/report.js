// Renders a run's results as Markdown (aligned, so the same text reads well in a terminal) and writes
// bench/results/latest.json and latest.md.
const fs = require('node:fs');
const path = require('node:path');

const RESULTS_DIR = path.join(__dirname, '..', 'results');

const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const whole = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-GB') : '–');
const mark = (met) => (met ? 'met' : '**missed**');

function table(header, rows) {
  const widths = header.map((cell, i) =>
    Math.max(String(cell).length, ...rows.map((row) => String(row[i]).length)),
  );
  const line = (cells) => `| ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function scenarioRows(scenario) {
  const { baseline, app } = scenario;
  const row = (who, s, ratio) => [
    who === 'app' ? scenario.name : '',
    who,
    whole(s.rps),
    fixed(s.p50),
    fixed(s.p99),
    `${s.errors}${s.errors ? ` (${s.non2xx} non-2xx, ${s.socketErrors} socket)` : ''}`,
    fixed(s.peakRssMb, 0),
    `${fixed(s.cpuMsPerRequest, 2)}${Number.isFinite(s.dbCpuMsPerRequest) ? ` (+${fixed(s.dbCpuMsPerRequest, 2)} db)` : ''}`,
    ratio,
  ];
  return [
    row(
      'app',
      app,
      `${fixed(app.rps / baseline.rps, 2)} × req/s, p99 ${app.p99 - baseline.p99 >= 0 ? '+' : ''}${fixed(app.p99 - baseline.p99)} ms, ` +
        `${fixed(app.cpuMsPerRequest / baseline.cpuMsPerRequest, 1)} × CPU/req`,
    ),
    row('baseline', baseline, ''),
  ];
}

/** Flows that are not request loads (hmpps-events): events through the app, from topic to consumer queue. */
function flowSection(flows) {
  if (flows.length === 0) return [];
  return [
    '',
    '## Event flows',
    '',
    "Domain events published on the emulator's topic (publish rate), taken in by the app (stored/s: first " +
      "publication to the last event stored) and on the consumer's queue: " +
      'events/s = events delivered per second from the moment the first were due (published + the delay) to the ' +
      'last arrival; "past the delay" = arrival − publication − the delay (the wait for a publisher pass, the ' +
      'hand-over to the outbox and the relay), p50/p99/max in ms; CPU ms per event of the app (and its database).',
    '',
    table(
      [
        'flow',
        'events',
        'delivered',
        'twice',
        'published/s',
        'stored/s',
        'events/s',
        'past delay p50',
        'p99',
        'max',
        'CPU ms/event',
        'delay, pass',
      ],
      flows.map((f) => [
        f.name,
        whole(f.events),
        whole(f.delivered),
        whole(f.duplicates),
        whole(f.publishPerSecond),
        whole(f.storedPerSecond),
        whole(f.eventsPerSecond),
        whole(f.beyondDelayP50Ms),
        whole(f.beyondDelayP99Ms),
        whole(f.beyondDelayMaxMs),
        `${fixed(f.appCpuMsPerEvent, 2)}${Number.isFinite(f.dbCpuMsPerEvent) ? ` (+${fixed(f.dbCpuMsPerEvent, 2)} db)` : ''}`,
        `${f.delaySeconds} s, ${f.passIntervalMs} ms`,
      ]),
    ),
  ];
}

/** An app's idle CPU, ms per second: "7", or "7 (+3 db)" with its database. */
function idleCpuText(idle) {
  return `${whole(idle.cpuMsPerS)}${idle.dbCpuMsPerS === undefined ? '' : ` (+${whole(idle.dbCpuMsPerS)} db)`}`;
}

function renderMarkdown(result) {
  const { options, machine } = result;
  const parts = [
    '# Benchmark results',
    '',
    `${result.generatedAt} · node ${machine.node} · ${machine.cpus} CPUs (load average ${machine.loadAverageStart} at start, ` +
      `${machine.loadAverageEnd} at end) · ${options.connections} connections · ${options.duration} s per run · ` +
      `${options.rounds} baseline/app pair(s) per scenario, alternating; figures are medians over the pairs · ` +
      `"+${options.latencyMs}ms" scenarios: that delay on every upstream called, ${options.latencyConnections} connections` +
      `${options.quick ? ' · **quick mode**' : ''}`,
    '',
    '## Scenarios',
    '',
    'Latency in ms; errors = non-2xx answers + socket errors/timeouts; peak RSS of the server under load (MB); ' +
      'CPU ms/req = CPU time the server process used per request (the figure least moved by a busy machine; ' +
      '"db" = the embedded database process); last column: the app against its bare-proxy baseline in the same run.',
    '',
    table(
      ['scenario', 'server', 'req/s', 'p50', 'p99', 'errors', 'RSS MB', 'CPU ms/req', 'vs baseline'],
      result.scenarios.flatMap(scenarioRows),
    ),
    ...flowSection(result.flows ?? []),
    '',
    '## Apps',
    '',
    table(
      [
        'app',
        'ready in',
        'RSS when ready',
        'idle CPU ms/s',
        'peak RSS (whole run)',
        'token requests during run',
        'run length',
        'token lifetime',
      ],
      result.apps.map((app) => [
        app.app,
        app.readyMs === undefined ? '–' : `${whole(app.readyMs)} ms`,
        app.rssAtReadyMb === undefined ? '–' : `${fixed(app.rssAtReadyMb, 0)} MB`,
        app.idle === undefined ? '–' : idleCpuText(app.idle),
        app.peakRssMb === undefined ? '–' : `${fixed(app.peakRssMb, 0)} MB`,
        app.tokens ? `${app.tokens.requests} (${app.tokens.kind})` : 'none used',
        app.runSeconds === undefined ? '–' : `${whole(app.runSeconds)} s`,
        app.tokens ? `${app.tokens.lifetimeSeconds} s` : '–',
      ]),
    ),
    '',
    ...result.apps
      .filter((app) => app.nodeOptions?.length)
      .map(
        (app) =>
          `${app.app} ran with \`${app.nodeOptions.join(' ')}\` (its ConfigMap's NODE_OPTIONS, then --app-node-options).`,
      ),
    '',
    `upstream-stubs ready in ${whole(result.stubs.readyMs)} ms. Database of the apps that have one: ` +
      `${result.options.databaseUrl ? 'a fresh database per app on the PostgreSQL server given with --database-url' : 'an embedded PostgreSQL (PGlite) per app, in its own process'}, ` +
      "so an app's RSS is the app alone, as against an external database in production.",
    '',
    '## Targets',
    '',
    table(
      ['where', 'target', 'result', ''],
      [
        ...[...result.scenarios, ...(result.flows ?? [])].flatMap((s) =>
          Object.entries(s.checks).map(([name, check]) => [s.name, name, check.detail, mark(check.met)]),
        ),
        ...result.apps.flatMap((app) =>
          Object.entries(app.checks ?? {}).map(([name, check]) => [
            app.app,
            name,
            check.detail,
            mark(check.met),
          ]),
        ),
      ],
    ),
    '',
    '## Upstream calls per request',
    '',
    ...result.scenarios.map(
      (s) =>
        `- **${s.name}** (${s.title}): ${s.upstreamCalls.join(', ') || 'none'}${s.sameUpstreamCalls ? ' — baseline makes the same calls' : ` — **baseline differs**: ${s.baselineUpstreamCalls.join(', ')}`}${s.latencyMs ? ` — ${s.latencyMs} ms injected into ${s.slowedPrefixes.join(', ')}` : ''}`,
    ),
  ];
  if (result.notRun.length > 0) {
    parts.push('', '## Not run', '', ...result.notRun.map((n) => `- **${n.what}**: ${n.reason}`));
  }
  return `${parts.join('\n')}\n`;
}

function writeResults(result) {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const markdown = renderMarkdown(result);
  fs.writeFileSync(path.join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(path.join(RESULTS_DIR, 'latest.md'), markdown);
  return markdown;
}

module.exports = { writeResults, renderMarkdown, idleCpuText, RESULTS_DIR };
