import { RunningStubs, startStubs } from '@libs/testing';
import { AppProcess, buildOnce, startBuiltApp } from '../harness/app-process';
import { CaseLog } from '../harness/case-log';
import { LoadResult, loadProblems, startLoad } from '../harness/load';
import { closeClient } from '../harness/send';
import { SETTINGS } from '../harness/settings';
import { selectedTargets } from '../targets';

/** The bar: heap in use (after GC) at the end within 10% of the heap after warm-up. */
const MAX_HEAP_GROWTH = 0.1;
const WARM_UP_SHARE = 0.2;

interface LoadOutcome {
  warmUp: LoadResult;
  measured: LoadResult;
  heapAfterWarmUp: number;
  heapAtEnd: number;
  processFaults: string[];
}

const entries = selectedTargets();
const outcomes = new Map<string, LoadOutcome | Error>();

/** Each built app in its own process, all under load at once (each at its own steady rate). */
async function loadApp(name: string): Promise<LoadOutcome> {
  const target = await entries.find((entry) => entry.name === name)!.load();
  let stubs: RunningStubs | undefined;
  let app: AppProcess | undefined;
  try {
    stubs = await startStubs();
    app = await startBuiltApp(name, target.processEnv(stubs.url), `load-${name}`, target.platformHeaders, target.queues);
    const requests = await target.loadRequests({ url: app.url, stubs, close: async () => undefined });
    const warmUpSeconds = Math.max(2, Math.round(SETTINGS.loadSeconds * WARM_UP_SHARE));
    const warmUp = await startLoad(app.url, requests, { seconds: warmUpSeconds, rate: SETTINGS.loadRate })
      .done;
    const heapAfterWarmUp = await app.heapUsed();
    const measured = await startLoad(app.url, requests, {
      seconds: Math.max(1, SETTINGS.loadSeconds - warmUpSeconds),
      rate: SETTINGS.loadRate,
    }).done;
    const heapAtEnd = await app.heapUsed();
    return { warmUp, measured, heapAfterWarmUp, heapAtEnd, processFaults: app.processFaults() };
  } finally {
    if (app) {
      await closeClient(app.url);
      await app.stop();
    }
    await stubs?.close();
  }
}

beforeAll(
  async () => {
    buildOnce();
    await Promise.all(
      entries.map(async (entry) => {
        outcomes.set(entry.name, await loadApp(entry.name).catch((error: Error) => error));
      }),
    );
  },
  (SETTINGS.loadSeconds + 120) * 1000,
);

for (const entry of entries) {
  describe(entry.name, () => {
    it(`serves ${SETTINGS.loadSeconds} s of mixed traffic at ${SETTINGS.loadRate} req/s with zero errors, and its heap after GC grows by at most 10%`, () => {
      const outcome = outcomes.get(entry.name);
      if (!outcome || outcome instanceof Error) throw outcome ?? new Error('the load did not run');
      const log = new CaseLog();
      for (const [phase, result] of [
        ['warm-up', outcome.warmUp],
        ['measured', outcome.measured],
      ] as const) {
        const problems = loadProblems(result);
        // A steady rate the warm app cannot keep up with shows as far fewer requests than asked for.
        const expected = result.duration * SETTINGS.loadRate;
        if (phase === 'measured' && result.requests.total < expected * 0.9)
          problems.push(`only ${result.requests.total} of ~${Math.round(expected)} requests were served`);
        log.check(`${phase}: ${result.requests.total} requests, p99 ${result.latency.p99} ms`, problems);
        log.tally(result.requests.total);
      }
      const growth = outcome.heapAtEnd / outcome.heapAfterWarmUp - 1;
      const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
      log.check(
        `heap after GC: ${mb(outcome.heapAfterWarmUp)} MB after warm-up, ${mb(outcome.heapAtEnd)} MB at the end (${(growth * 100).toFixed(1)}%)`,
        growth > MAX_HEAP_GROWTH ? [`heap grew by ${(growth * 100).toFixed(1)}%`] : [],
      );
      log.check('no unhandled rejection or uncaught exception', outcome.processFaults);
      log.note(
        `${outcome.measured.requests.total} requests measured, p99 ${outcome.measured.latency.p99} ms, heap ${mb(outcome.heapAfterWarmUp)} → ${mb(outcome.heapAtEnd)} MB (${(growth * 100).toFixed(1)}%)`,
      );
      log.finish();
    });
  });
}
