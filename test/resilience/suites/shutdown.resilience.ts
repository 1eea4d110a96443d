import { RunningStubs, startStubs } from '@libs/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppProcess, buildOnce, startBuiltApp } from '../harness/app-process';
import { CaseLog } from '../harness/case-log';
import { describeTargets } from '../harness/describe-apps';
import { loadProblems, startLoad } from '../harness/load';
import { Answer, closeClient, describeAnswer, send } from '../harness/send';

/** What SHUTDOWN_DRAIN_DELAY_MS gives the load balancer (production uses 5 s; shorter keeps the suite quick). */
const DRAIN_DELAY_MS = 1500;
/** In-flight requests are held this long by a slow upstream, so they are still running when the listener closes. */
const SLOW_UPSTREAM_MS = 2500;
const IN_FLIGHT = 4;
const LOAD_RATE = 40;

beforeAll(() => buildOnce(), 120_000);

describeTargets((loaded) => {
  it('on SIGTERM under load: readiness fails first, the load completes without a reset, in-flight requests finish, and the process exits 0', async () => {
    const target = loaded();
    const log = new CaseLog();
    let stubs: RunningStubs | undefined;
    let app: AppProcess | undefined;
    try {
      stubs = await startStubs();
      app = await startBuiltApp(
        target.name,
        { ...target.processEnv(stubs.url), SHUTDOWN_DRAIN_DELAY_MS: String(DRAIN_DELAY_MS) },
        `shutdown-${target.name}`,
        target.platformHeaders,
        target.queues,
      );
      const world = { url: app.url, stubs, close: async () => undefined };
      const load = startLoad(app.url, await target.loadRequests(world), { seconds: 60, rate: LOAD_RATE });
      await sleep(1000);

      const [upstream] = target.upstreams;
      await stubs.setFault({ prefix: upstream.stubPrefix, latencyMs: SLOW_UPSTREAM_MS });
      const slowSpec = await upstream.request(world);
      // Fresh connections (not the shared keep-alive pool), so each is truly in flight on its own socket.
      const inFlight = Array.from({ length: IN_FLIGHT }, () =>
        fetch(`${app!.url}${slowSpec.path}`, {
          method: slowSpec.method,
          headers: Object.fromEntries([...(slowSpec.headers ?? []), ['content-type', 'application/json']]),
          body: typeof slowSpec.body === 'string' ? slowSpec.body : JSON.stringify(slowSpec.body),
        }).then(
          async (response) => ({ status: response.status, text: await response.text() }),
          (error: Error) => ({
            status: 0,
            text: `${error.message} ${String((error.cause as Error)?.message ?? '')}`,
          }),
        ),
      );
      await sleep(300);

      const signalledAt = Date.now();
      app.child.kill('SIGTERM');
      let readiness: Answer | undefined;
      while (Date.now() - signalledAt < DRAIN_DELAY_MS) {
        readiness = await send(app.url, {
          method: 'GET',
          path: '/health/readiness',
          headers: target.platformHeaders,
        });
        if (readiness.status !== 200) break;
        await sleep(25);
      }
      const readinessFailedAfter = Date.now() - signalledAt;
      // The load balancer takes the pod out of rotation once readiness fails: the load stops there.
      load.stop();
      const loadResult = await load.done;

      log.check(
        `readiness after SIGTERM → ${readiness ? describeAnswer(readiness) : 'none'} after ${readinessFailedAfter} ms`,
        readiness?.status === 503 ? [] : ['readiness did not fail during the drain delay'],
      );
      log.check(`load until readiness failed: ${loadResult.requests.total} requests`, [
        ...loadProblems(loadResult),
        ...(loadResult.requests.total > 0 ? [] : ['no load ran']),
      ]);
      log.tally(loadResult.requests.total);
      for (const [index, result] of (await Promise.all(inFlight)).entries()) {
        log.check(
          `in-flight request ${index + 1} (${SLOW_UPSTREAM_MS} ms upstream) → ${result.status} ${result.text.slice(0, 120)}`,
          result.status === 200 ? [] : ['did not complete'],
        );
      }
      await closeClient(app.url);
      const exit = await Promise.race([app.exited, sleep(30_000, undefined, { ref: false })]);
      log.check(
        `exit → ${JSON.stringify(exit)}`,
        exit?.code === 0 ? [] : ['the process did not exit 0 within 30 s'],
      );
      log.check('no unhandled rejection or uncaught exception', app.processFaults());
    } finally {
      if (app) await app.stop(1000);
      await stubs?.close();
    }
    log.finish();
  });
});
