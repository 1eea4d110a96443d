import { randomBytes } from 'node:crypto';
import { CaseLog } from '../case-log';
import { fetchOperations } from '../openapi';
import { requestBase, specOf } from '../request-base';
import { RequestSpec, send } from '../send';
import type { AppUnderTest } from '../describe-apps';

/** Requests per route per round, each with its own values in every caller-chosen header. */
const DISTINCT_VALUES = 4;

/** The label sets of every series in a Prometheus text page (histogram buckets folded into their series). */
function seriesOf(page: string): Set<string> {
  return new Set(
    page
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'))
      .map((line) =>
        line
          .slice(0, line.lastIndexOf(' '))
          .replace(/(_bucket|_sum|_count)(?=\{|$)/, '')
          .replace(/,?le="[^"]*"/, ''),
      ),
  );
}

/** Headers a caller chooses freely, each with a value unique to this request. */
function callerChosen(tag: string): Array<[string, string]> {
  return [
    ['audit-source', `src-${tag}`],
    ['accept', `application/vnd.hmrc.${tag.length}.${tag}+json`],
    ['x-request-id', `rid-${tag}`],
    ['x-correlation-id', `cid-${tag}`],
    ['user-agent', `agent-${tag}`],
    ['x-username', `user-${tag}`],
    ['content-type', `application/x-${tag}`],
  ];
}

async function round(app: AppUnderTest, tags: string[]): Promise<number> {
  const { target, world } = app;
  const { operations } = await fetchOperations(world.url, target.platformHeaders);
  let sent = 0;
  for (const operation of operations) {
    const base = await requestBase(app, operation);
    for (const tag of tags) {
      const chosen = callerChosen(tag);
      const chosenNames = new Set(chosen.map(([name]) => name));
      const specs: RequestSpec[] = [
        // Unauthenticated, with a made-up credential of its own.
        {
          ...specOf(base, [
            ...chosen,
            ['authorization', `Bearer ${tag}`],
            ['subject-distinguished-name', `CN=${tag}`],
          ]),
        },
        // The allowed caller, with its own values for everything it may choose.
        specOf(base, [
          ...base.headers.filter(([name]) => !chosenNames.has(name.toLowerCase())),
          ...chosen.filter(([name]) => name !== 'content-type'),
        ]),
      ];
      for (const spec of specs) {
        await send(world.url, spec).catch(() => undefined);
        sent += 1;
      }
    }
  }
  for (const tag of tags) {
    // Unknown addresses and queries.
    await send(world.url, {
      method: 'GET',
      path: `/nowhere-${tag}/${tag}?${tag}=${tag}`,
      headers: callerChosen(tag),
    });
    sent += 1;
  }
  return sent;
}

/** Metric series growth under distinct caller-chosen headers, paths and queries (series counted in /metrics). */
export function metricSeriesFuzzer(app: () => AppUnderTest): void {
  it('keeps every metric label in a bounded set: distinct caller-chosen headers, paths and queries create no series', async () => {
    const { target, world } = app();
    const log = new CaseLog();
    const scrape = async () => {
      if (!world.metrics) throw new Error(`${target.name} offers no metrics page`);
      const page = await world.metrics();
      // A page without the request histogram would make the comparison below prove nothing.
      if (!page.includes('http_server_requests_seconds'))
        throw new Error('the metrics page has no request histogram');
      return page;
    };
    const tags = (count: number) => Array.from({ length: count }, () => randomBytes(4).toString('hex'));
    // The first round brings every bounded series into being (each route × status seen once)…
    const first = tags(DISTINCT_VALUES);
    log.tally(await round(app(), first));
    const after = await scrape();
    const before = seriesOf(after);
    // …so a second round with other values must add none.
    const second = tags(DISTINCT_VALUES);
    log.tally(await round(app(), second));
    const page = await scrape();
    const added = [...seriesOf(page)].filter((series) => !before.has(series));
    log.check(
      `${added.length} series added by ${DISTINCT_VALUES} further distinct values per route`,
      added.length ? [`new series: ${added.slice(0, 5).join(' | ')}`] : [],
    );
    const echoed = [...first, ...second].filter((tag) => page.includes(tag));
    log.check(
      `caller-chosen values in /metrics`,
      echoed.length ? [`${echoed.length} values became labels, e.g. ${echoed[0]}`] : [],
    );
    log.note(`${before.size} series after the first round, ${added.length} added by the second`);
    log.finish();
  });
}
