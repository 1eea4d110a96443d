// Runs one app's scenarios: starts the app (and its database), times it to ready, and for each scenario
// runs its bare-proxy baseline and the app alternately under the same load, then counts the token
// requests the app made and its peak memory.
const fs = require('node:fs');
const path = require('node:path');
const { startDatabase } = require('./database');
const { startQueueEmulator } = require('./queue-emulator');
const { startBaseline } = require('./baseline');
const { runLoad, sendOnce } = require('./load');
const { setTimeout: sleep } = require('node:timers/promises');
const { cpuSince, freePort, memoryKb, sampleRss, startNode, stop, waitReady } = require('./processes');
const { RESULTS_DIR, idleCpuText } = require('./report');
const { deployedRuntime } = require('./deployed-runtime');
const { summarise, checkTargets, TARGETS } = require('./targets');
const { upstreamCallsOf, upstreamPrefixes, replayStages } = require('./upstream-calls');

const ROOT = path.join(__dirname, '..', '..');
const WARM_UP_S = 1;
// An app's own background work (schedules, pollers, listeners) with no request arriving: CPU per second
// over this window, once the work of starting (compilation, the first collections) has settled.
// Light-load figures (the latency scenarios) include it.
const IDLE_SETTLE_S = 2;
const IDLE_WINDOW_S = 3;
const PREVIEW_CHARS = 300;

async function tokenRequestCount(tokens, stubs) {
  if (tokens.kind === 'hmpps') return (await stubs.hmppsTokenRequests()).byClient[tokens.clientId] ?? 0;
  return stubs.servedCount('POST', tokens.route);
}

/**
 * One run, with the server's peak RSS and its CPU time per request — the figure that best survives a
 * shared, busy machine — and that of the embedded database process when the benchmark runs one.
 */
async function measured(url, pid, request, { connections, duration, dbPid }) {
  const rss = sampleRss(pid);
  const used = cpuSince(pid, dbPid);
  const figures = await runLoad(url, request, { connections, durationS: duration });
  const cpu = used();
  const requests = Math.max(figures.requests, 1);
  return {
    ...figures,
    peakRssMb: rss.stop(),
    cpuMsPerRequest: cpu.server / requests,
    ...(cpu.db === undefined ? {} : { dbCpuMsPerRequest: cpu.db / requests }),
  };
}

/** CPU per second the app (and its embedded database) use while no request arrives. */
async function idleCpu({ appPid, dbPid }, seconds, settleSeconds) {
  await sleep(settleSeconds * 1000);
  const used = cpuSince(appPid, dbPid);
  await sleep(seconds * 1000);
  const cpu = used();
  return {
    cpuMsPerS: cpu.server / seconds,
    ...(cpu.db === undefined ? {} : { dbCpuMsPerS: cpu.db / seconds }),
  };
}

/** Alternates baseline and app runs; a latency variant first slows every upstream the scenario calls. */
async function runVariant({ scenario, request, ctx, baseline, options, calls, stageCount, latencyMs, log }) {
  const { stubs } = ctx;
  const slowedPrefixes = latencyMs ? upstreamPrefixes(calls.app) : [];
  const load = {
    connections: latencyMs ? options.latencyConnections : options.connections,
    duration: options.duration,
    dbPid: ctx.dbPid,
  };
  for (const prefix of slowedPrefixes) await stubs.setFault({ prefix, latencyMs });
  const rounds = [];
  try {
    for (let round = 1; round <= options.rounds; round += 1) {
      const base = await measured(baseline.url, baseline.proc.pid, request, load);
      const app = await measured(ctx.appUrl, ctx.appPid, request, load);
      rounds.push({ baseline: base, app });
      log(
        `  round ${round}: baseline ${Math.round(base.rps)} req/s p99 ${base.p99} ms ${base.cpuMsPerRequest.toFixed(2)} CPU ms/req · ` +
          `app ${Math.round(app.rps)} req/s p99 ${app.p99} ms ${app.cpuMsPerRequest.toFixed(2)} CPU ms/req, ${app.errors} errors`,
      );
    }
  } finally {
    if (latencyMs) await stubs.resetFaults();
  }
  const summary = {
    baseline: summarise(rounds.map((r) => r.baseline)),
    app: summarise(rounds.map((r) => r.app)),
  };
  return {
    name: latencyMs ? `${scenario.name}+${latencyMs}ms` : scenario.name,
    title: scenario.title,
    connections: load.connections,
    latencyMs,
    stageCount,
    slowedPrefixes,
    upstreamCalls: calls.app,
    baselineUpstreamCalls: calls.baseline,
    sameUpstreamCalls: calls.app.join('\n') === calls.baseline.join('\n'),
    rounds,
    ...summary,
    checks: checkTargets({
      ...summary,
      latencyMs,
      stageCount,
      callCount: calls.app.length,
      connections: load.connections,
    }),
  };
}

/** A scenario that is a flow rather than a request load (`run`): run once, its own figures and checks. */
async function runFlow({ group, scenario, ctx, options, result, log }) {
  log(`${scenario.name}: ${scenario.title}`);
  const figures = await scenario.run({ ctx, options, log });
  result.flows.push({ app: group.app, name: scenario.name, title: scenario.title, ...figures });
}

async function runScenario({ group, scenario, ctx, options, result, log }) {
  if (scenario.run) return runFlow({ group, scenario, ctx, options, result, log });
  const request = scenario.request(ctx);
  const answer = await sendOnce(ctx.appUrl, request);
  if (answer.status >= 300 || (scenario.expect && !scenario.expect(answer))) {
    throw new Error(`the app answered ${answer.status} ${answer.body.toString().slice(0, PREVIEW_CHARS)}`);
  }
  const appCalls = await upstreamCallsOf(ctx.stubs, () => sendOnce(ctx.appUrl, request));
  const stages = scenario.baselineStages?.(ctx) ?? [
    ...(scenario.stagesBeforeReplay ?? []),
    ...replayStages(appCalls.recorded, scenario.stageOrder),
  ];
  const baseline = await startBaseline(scenario.name, {
    upstreamUrl: ctx.stubsUrl,
    databaseUrl: ctx.databaseUrl,
    token: (scenario.baselineToken ?? group.baselineToken)?.(ctx),
    stages,
    response: {
      status: answer.status,
      contentType: answer.contentType,
      bodyBase64: answer.body.toString('base64'),
    },
  });
  try {
    const baselineCalls = await upstreamCallsOf(ctx.stubs, async () => {
      const reply = await sendOnce(baseline.url, request);
      if (reply.status !== answer.status)
        throw new Error(`baseline answered ${reply.status} ${reply.body.toString().slice(0, PREVIEW_CHARS)}`);
    });
    const warmUp = { connections: options.connections, durationS: WARM_UP_S };
    await runLoad(baseline.url, request, warmUp);
    await runLoad(ctx.appUrl, request, warmUp);
    const calls = { app: appCalls.lines, baseline: baselineCalls.lines };
    const stageCount = stages.filter((stage) => stage.length > 0).length;
    const variants = [0, ...(scenario.latency ? [options.latencyMs] : [])];
    for (const latencyMs of variants) {
      log(`${scenario.name}${latencyMs ? ` with ${latencyMs} ms upstream latency` : ''}: ${scenario.title}`);
      const variant = await runVariant({
        scenario,
        request,
        ctx,
        baseline,
        options,
        calls,
        stageCount,
        latencyMs,
        log,
      });
      result.scenarios.push({ app: group.app, ...variant });
    }
  } finally {
    ctx.baselineTokenRequests += await baseline.stop();
  }
}

function appEnv(group, ctx, port) {
  return {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(port),
    // Any free port: the app's port + 10000 (the default) may be past the last port.
    METRICS_PORT: '0',
    // Stop at once when the run ends (production waits 5 s for a load balancer to notice).
    SHUTDOWN_DRAIN_DELAY_MS: '0',
    ...(ctx.databaseUrl ? { DATABASE_URL: ctx.databaseUrl } : {}),
    ...(ctx.emulator ? ctx.emulator.env : {}),
    ...group.env(ctx),
  };
}

async function runApp({ group, selected, stubs, stubsUrl, options, result, log }) {
  const main = path.join(ROOT, 'dist', 'apps', group.app, 'main.js');
  if (!fs.existsSync(main)) {
    for (const s of selected)
      result.notRun.push({
        what: s.name,
        reason: `dist/apps/${group.app}/main.js is missing (app not built)`,
      });
    return;
  }
  const appResult = { app: group.app, checks: {} };
  result.apps.push(appResult);
  const db = group.database ? await startDatabase(group.app, options.databaseUrl) : undefined;
  if (db) appResult.database = db.kind;
  const emulator = group.queues ? await startQueueEmulator() : undefined;
  const port = await freePort();
  const ctx = {
    stubs,
    stubsUrl,
    databaseUrl: db?.url,
    dbPid: db?.pid,
    emulator,
    appUrl: `http://127.0.0.1:${port}`,
    baselineTokenRequests: 0,
  };
  const profile = [
    '--cpu-prof',
    `--cpu-prof-dir=${path.join(RESULTS_DIR, 'profiles')}`,
    `--cpu-prof-name=${group.app}.${Date.now()}.cpuprofile`,
  ];
  // The pod's own node flags first (its ConfigMap's NODE_OPTIONS); --app-node-options after, so they win.
  const deployed = deployedRuntime(group.app);
  appResult.nodeOptions = [...deployed.nodeOptions, ...options.appNodeOptions];
  const nodeOptions = [...appResult.nodeOptions, ...(options.cpuProf ? profile : [])];
  const tokensBefore = group.tokens ? await tokenRequestCount(group.tokens, stubs) : 0;
  const proc = startNode(group.app, [main], appEnv(group, ctx, port), { nodeOptions });
  ctx.appPid = proc.pid;
  try {
    appResult.readyMs = await waitReady(proc, `${ctx.appUrl}/health/readiness`, group.readinessHeaders ?? {});
    appResult.checks.ready = {
      met: appResult.readyMs < TARGETS.maxReadyMs,
      detail: `ready in ${Math.round(appResult.readyMs)} ms (< 2000 ms)`,
    };
    appResult.rssAtReadyMb = (memoryKb(proc.pid, 'VmRSS') ?? 0) / 1024;
    log(
      `${group.app} ready in ${Math.round(appResult.readyMs)} ms, ${Math.round(appResult.rssAtReadyMb)} MB`,
    );
    if (group.prepare) await group.prepare(ctx);
    appResult.idle = await idleCpu(ctx, options.quick ? 1 : IDLE_WINDOW_S, options.quick ? 0 : IDLE_SETTLE_S);
    log(`${group.app} idle: ${idleCpuText(appResult.idle)} CPU ms/s`);
    for (const scenario of selected) {
      try {
        await runScenario({ group, scenario, ctx, options, result, log });
      } catch (error) {
        log(`${scenario.name} not run: ${error.message}`);
        result.notRun.push({ what: scenario.name, reason: error.message });
      }
    }
    appResult.peakRssMb = (memoryKb(proc.pid, 'VmHWM') ?? 0) / 1024;
    appResult.runSeconds = (performance.now() - proc.startedAt) / 1000;
    if (group.tokens) {
      const requests =
        (await tokenRequestCount(group.tokens, stubs)) - tokensBefore - ctx.baselineTokenRequests;
      // One token per credential (VERA: per provider) per lifetime.
      const credentials = new Set(selected.map((s) => s.tokenCredential ?? group.app)).size;
      const allowed = credentials * Math.ceil(appResult.runSeconds / group.tokens.lifetimeSeconds);
      appResult.tokens = { kind: group.tokens.kind, requests, lifetimeSeconds: group.tokens.lifetimeSeconds };
      appResult.checks.tokens = {
        // At least one: the app starts without a token, so zero would mean the count is not seeing its requests.
        met: requests >= 1 && requests <= allowed,
        detail: `${requests} token request(s) for ${credentials} credential(s) in ${Math.round(appResult.runSeconds)} s, lifetime ${group.tokens.lifetimeSeconds} s (≤ ${allowed})`,
      };
    }
  } catch (error) {
    appResult.error = error.message;
    for (const s of selected) {
      if (
        !result.scenarios.some((r) => r.name.startsWith(s.name)) &&
        !result.flows.some((r) => r.name === s.name) &&
        !result.notRun.some((n) => n.what === s.name)
      ) {
        result.notRun.push({
          what: s.name,
          reason: `${group.app} did not start: ${error.message.split('\n')[0]}`,
        });
      }
    }
    log(`${group.app} failed: ${error.message}`);
  } finally {
    await stop(proc);
    await Promise.all([db?.stop(), emulator?.stop()]);
  }
}

module.exports = { runApp };
