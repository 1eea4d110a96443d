// The issue's targets, checked against a scenario's median figures (for the report; CI has none).
const TARGETS = {
  minThroughputRatio: 0.6,
  maxP99OverBaselineMs: 5,
  maxRssMb: 150,
  maxReadyMs: 2000,
  maxFanOutP50Delays: 1.5,
};

function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median of each figure over the rounds; errors and requests are totals. */
function summarise(runs) {
  return {
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    requests: runs.reduce((sum, r) => sum + r.requests, 0),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
    socketErrors: runs.reduce((sum, r) => sum + r.socketErrors + r.timeouts, 0),
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
    cpuMsPerRequest: median(runs.map((r) => r.cpuMsPerRequest)),
    dbCpuMsPerRequest: median(runs.map((r) => r.dbCpuMsPerRequest)),
  };
}

/**
 * Each check is `{ met: boolean, detail }`. A latency scenario checks the p50 instead of the throughput and
 * p99 comparisons (its load is bounded by the injected delay, not by the gateway): independent calls run at
 * once, so the answer may take one delay per stage of calls that depend on an earlier answer, plus half a
 * delay — 1.5 delays when every call is independent — and never the sum of all the calls' delays.
 */
function checkTargets({ app, baseline, latencyMs, stageCount, callCount, connections }) {
  const checks = {};
  if (latencyMs) {
    const limit = (Math.max(stageCount, 1) - 1 + TARGETS.maxFanOutP50Delays) * latencyMs;
    checks.fanOutP50 = {
      met: app.p50 < limit,
      detail:
        `p50 ${app.p50.toFixed(1)} ms vs < ${limit} ms (${stageCount} dependent stage(s) of ${latencyMs} ms + half a delay; ` +
        `all ${callCount} calls in sequence: ${callCount * latencyMs} ms; baseline p50 ${baseline.p50.toFixed(1)} ms)`,
    };
  } else {
    const ratio = app.rps / baseline.rps;
    checks.throughput = {
      met: ratio >= TARGETS.minThroughputRatio,
      detail: `${(ratio * 100).toFixed(0)}% of baseline (≥ 60%)`,
    };
    const p99Limit = baseline.p99 + TARGETS.maxP99OverBaselineMs;
    checks.p99 = {
      met: app.p99 <= p99Limit,
      detail: `p99 ${app.p99.toFixed(1)} ms vs ≤ ${p99Limit.toFixed(1)} ms (baseline + 5 ms${connections === 50 ? '' : `; run at ${connections} connections, target is for 50`})`,
    };
  }
  checks.errors = { met: app.errors === 0, detail: `${app.errors} errors` };
  checks.rss = { met: app.peakRssMb < TARGETS.maxRssMb, detail: `${app.peakRssMb.toFixed(0)} MB (< 150 MB)` };
  return checks;
}

module.exports = { TARGETS, median, summarise, checkTargets };
