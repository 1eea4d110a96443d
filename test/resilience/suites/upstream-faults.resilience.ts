import { Fault, FaultSpec, http } from '@libs/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { CaseLog } from '../harness/case-log';
import { AppUnderTest, describeApps } from '../harness/describe-apps';
import { stackTraceProblems } from '../harness/envelope-checks';
import { Answer, describeAnswer, RequestSpec, send } from '../harness/send';
import type { UpstreamFaultKind, UpstreamTarget } from '../targets/app-target';

const FAULT_KINDS: Array<Exclude<UpstreamFaultKind, 'breaker-open'>> = [
  'status-500',
  'status-503',
  'timeout',
  'reset',
  'malformed',
];
/** The allowance the issue gives on top of the app's own time bound. */
const GRACE_MS = 1000;
/** A call refused by an open breaker never waits on the upstream. */
const OPEN_BREAKER_ANSWER_MS = 300;
/** The breaker opens on an error rate over a rolling 10 s window: failing this long outweighs earlier successes. */
const BREAKER_OPENS_WITHIN_MS = 15_000;

function faultSpec(
  kind: Exclude<UpstreamFaultKind, 'breaker-open'>,
  prefix: string,
  boundMs: number,
): FaultSpec {
  switch (kind) {
    case 'status-500':
      return { prefix, status: 500, body: '{"error":"injected"}' };
    case 'status-503':
      return { prefix, status: 503 };
    case 'timeout':
      return { prefix, latencyMs: boundMs + 2 * GRACE_MS };
    case 'reset':
      return { prefix, reset: true };
    case 'malformed':
      return { prefix, malformed: true };
  }
}

/** Calls through the upstream until it answers without an error (the breaker has closed), or gives up. */
async function untilHealthy(
  { world }: AppUnderTest,
  upstream: UpstreamTarget,
  withinMs: number,
): Promise<Answer | undefined> {
  const deadline = Date.now() + withinMs;
  do {
    const answer = await send(world.url, await upstream.request(world));
    if (answer.status < 400) return answer;
    await sleep(100);
  } while (Date.now() < deadline);
  return undefined;
}

/**
 * Upstreams that others' calls go through (`shared`) one at a time, then all the rest at once: faults are
 * injected per path prefix, so independent upstreams can fail side by side.
 */
async function forEachUpstream(
  upstreams: UpstreamTarget[],
  exercise: (upstream: UpstreamTarget) => Promise<void>,
): Promise<void> {
  for (const upstream of upstreams.filter((candidate) => candidate.shared)) await exercise(upstream);
  await Promise.all(upstreams.filter((candidate) => !candidate.shared).map(exercise));
}

/** Removes one injected fault (the stubs' admin API), leaving the faults of upstreams tested alongside. */
async function clearFault(world: AppUnderTest['world'], fault: Fault | undefined): Promise<void> {
  if (!fault) return;
  const response = await http(world.stubs.url).delete(`/__admin/faults/${fault.id}`);
  if (response.status !== 204) throw new Error(`removing fault ${fault.id} failed with ${response.status}`);
}

describeApps(
  (app) => {
    it('answers the documented error within its time bound + 1 s for 500, 503, timeout, reset and malformed answers of every upstream', async () => {
      const { target, world } = app();
      const log = new CaseLog();
      await forEachUpstream(target.upstreams, async (upstream) => {
        for (const kind of FAULT_KINDS) {
          const label = `${upstream.name} ${kind}`;
          if (!(await untilHealthy(app(), upstream, target.breakerResetMs + 5000))) {
            log.check(label, ['the upstream call never succeeded before the fault was injected']);
            continue;
          }
          const fault = await world.stubs.setFault(
            faultSpec(kind, upstream.stubPrefix, target.upstreamBoundMs),
          );
          const spec = await upstream.request(world);
          try {
            const answer = await send(world.url, spec);
            const problems = [
              ...stackTraceProblems(answer),
              ...target.envelopeProblems(answer, spec),
              ...upstream.failureProblems(answer, kind),
            ];
            if (answer.elapsedMs > target.upstreamBoundMs + GRACE_MS)
              problems.push(
                `took ${Math.round(answer.elapsedMs)} ms, bound ${target.upstreamBoundMs} + ${GRACE_MS} ms`,
              );
            log.check(`${label} → ${describeAnswer(answer)} in ${Math.round(answer.elapsedMs)} ms`, problems);
          } catch (error) {
            log.check(label, [`no answer: ${(error as Error).message}`]);
          } finally {
            await clearFault(world, fault);
          }
        }
      });
      const alive = await send(world.url, {
        method: 'GET',
        path: '/health/liveness',
        headers: target.platformHeaders,
      });
      log.check(
        `liveness after the faults → ${describeAnswer(alive)}`,
        alive.status === 200 ? [] : ['the app is no longer alive'],
      );
      log.finish();
    });

    it("opens each upstream's breaker under repeated failures (calls then fail at once without reaching it) and closes it once the upstream recovers", async () => {
      const { target, world } = app();
      const log = new CaseLog();
      await forEachUpstream(target.upstreams, async (upstream) => {
        if (!(await untilHealthy(app(), upstream, target.breakerResetMs + 5000))) {
          log.check(`${upstream.name} before the outage`, ['the upstream call never succeeded']);
          return;
        }
        const fault = await world.stubs.setFault({ prefix: upstream.stubPrefix, status: 503 });
        let opened: { answer: Answer; request: RequestSpec } | undefined;
        try {
          const deadline = Date.now() + BREAKER_OPENS_WITHIN_MS;
          while (!opened && Date.now() < deadline) {
            const request = await upstream.request(world);
            const callsBefore = (await world.stubs.requests(upstream.stubPrefix)).length;
            const answer = await send(world.url, request);
            const callsAfter = (await world.stubs.requests(upstream.stubPrefix)).length;
            if (callsAfter === callsBefore) opened = { answer, request };
          }
        } finally {
          await clearFault(world, fault);
        }
        const openProblems = opened
          ? [
              ...target.envelopeProblems(opened.answer, opened.request),
              ...upstream.failureProblems(opened.answer, 'breaker-open'),
              ...(opened.answer.elapsedMs > OPEN_BREAKER_ANSWER_MS
                ? [`open breaker answered in ${Math.round(opened.answer.elapsedMs)} ms`]
                : []),
            ]
          : [`calls still reached the failing upstream after ${BREAKER_OPENS_WITHIN_MS} ms of failures`];
        log.check(
          `${upstream.name} breaker opens → ${opened ? describeAnswer(opened.answer) : 'never'}`,
          openProblems,
        );
        const started = Date.now();
        const recovered = await untilHealthy(app(), upstream, target.breakerResetMs + 5000);
        log.check(
          `${upstream.name} breaker closes after the upstream recovers (${Date.now() - started} ms, reset ${target.breakerResetMs} ms)`,
          recovered ? [] : ['calls still fail after the upstream recovered'],
        );
      });
      log.finish();
    });
  },
  { env: (target) => target.faultEnv },
);
