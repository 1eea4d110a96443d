import type { AppUnderTest } from '../describe-apps';
import { CaseLog } from '../case-log';
import { stackTraceProblems } from '../envelope-checks';
import { fetchOperations, fillPath } from '../openapi';
import { requestBase, specOf } from '../request-base';
import { Answer, describeAnswer, send } from '../send';
import { SlowClientResult, slowClient } from '../slow-client';

/** Short bounds for the run (the defaults are 30 s, 10 s and 65 s; the mechanism is the same). */
const REQUEST_TIMEOUT_MS = 2_000;
const HEADERS_TIMEOUT_MS = 1_000;
const KEEP_ALIVE_TIMEOUT_MS = 1_000;
/** Node looks for overdue requests once a second, and the machine is shared: the margin on every bound. */
const MARGIN_MS = 2_500;
/** Slow clients held open at once, while an ordinary request must still be served promptly. */
const AT_ONCE = 20;

/** The environment the app runs with for this fuzzer. */
export const SLOW_CLIENT_ENV = {
  HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
  HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: String(KEEP_ALIVE_TIMEOUT_MS),
};

/** Slow heads, slow bodies, silent and idle connections (the app runs with `SLOW_CLIENT_ENV`). */
export function slowClientsFuzzer(app: () => AppUnderTest): void {
  it(`cuts off clients that send their head or body too slowly, or nothing, with 408 in the envelope, and keeps serving others meanwhile`, async () => {
    const { target, world } = app();
    const { operations } = await fetchOperations(world.url, target.platformHeaders);
    const log = new CaseLog();
    const host = new URL(world.url).host;
    /** `path`: the address the app knows the request by ('' until its head is complete; none: no 408 due). */
    const clients: Array<{
      label: string;
      bound: number;
      path?: string;
      run: Promise<SlowClientResult>;
    }> = [];
    const add = (
      label: string,
      bound: number,
      path: string | undefined,
      run: () => Promise<SlowClientResult>,
    ) => clients.push({ label, bound, path, run: run() });

    const withBody = operations.filter((operation) => operation.body).slice(0, AT_ONCE / 2);
    for (const operation of withBody) {
      const base = await requestBase(app(), operation);
      const body = JSON.stringify(base.body ?? {}).padEnd(400, ' ');
      const headers = base.headers
        .filter(([name]) => !['content-type', 'content-length'].includes(name.toLowerCase()))
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('');
      const path = specOf(base).path;
      add(
        `${operation.method} ${operation.path}, its body one byte every 250 ms`,
        REQUEST_TIMEOUT_MS,
        path,
        () =>
          slowClient(world.url, {
            head: `${operation.method} ${path} HTTP/1.1\r\nHost: ${host}\r\n${headers}content-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n`,
            trickle: body,
            everyMs: 250,
            giveUpMs: 30_000,
          }),
      );
    }
    const first = operations[0];
    const firstPath = fillPath(first, (await requestBase(app(), first)).pathValues);
    for (let i = 0; clients.length < AT_ONCE - 2; i++) {
      add(`GET ${firstPath}, its headers one byte every 150 ms (#${i})`, HEADERS_TIMEOUT_MS, '', () =>
        slowClient(world.url, {
          head: `GET ${firstPath} HTTP/1.1\r\n`,
          trickle: `Host: ${host}\r\nX-Slow: ${'a'.repeat(200)}\r\n\r\n`,
          everyMs: 150,
          giveUpMs: 30_000,
        }),
      );
    }
    add('a connection that sends nothing', HEADERS_TIMEOUT_MS, '', () =>
      slowClient(world.url, { head: '', giveUpMs: 30_000 }),
    );
    add('a kept-alive connection left idle after its answer', KEEP_ALIVE_TIMEOUT_MS, undefined, () =>
      slowClient(world.url, {
        head: `GET /health/ping HTTP/1.1\r\nHost: ${host}\r\n${target.platformHeaders.map(([n, v]) => `${n}: ${v}\r\n`).join('')}\r\n`,
        giveUpMs: 30_000,
      }),
    );

    // While those hang, an ordinary caller is served at once.
    const ordinary: Answer = await send(world.url, {
      method: 'GET',
      path: '/health/ping',
      headers: target.platformHeaders,
    });
    log.check(
      `an ordinary request among ${clients.length} slow clients → ${describeAnswer(ordinary)} in ${Math.round(ordinary.elapsedMs)} ms`,
      ordinary.status === 200 && ordinary.elapsedMs < 1_000 ? [] : ['not served promptly'],
    );

    for (const client of clients) {
      const result = await client.run;
      const problems: string[] = [];
      if (result.closedAfterMs > client.bound + MARGIN_MS)
        problems.push(`still open after ${Math.round(result.closedAfterMs)} ms (bound ${client.bound} ms)`);
      if (client.path !== undefined) {
        if (result.status !== 408) problems.push(`status ${result.status ?? 'none'}, expected 408`);
        const answer: Answer = {
          status: result.status ?? 0,
          headers: result.headers,
          text: result.text,
          json: result.json,
          elapsedMs: 0,
        };
        problems.push(
          ...stackTraceProblems(answer),
          ...target.envelopeProblems(answer, { method: 'GET', path: client.path }),
        );
      }
      log.check(
        `${client.label} → ${result.status ?? 'closed'} after ${Math.round(result.closedAfterMs)} ms`,
        problems,
      );
    }
    log.finish();
  });
}
