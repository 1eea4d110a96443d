import { RunningStubs, startStubs } from '@libs/testing';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { as, stubEnv } from '../../../apps/hmpps-integration-api/test/hmpps-test-app';
import { HMPPS_QUEUES, HMPPS_TOPICS } from '../../../apps/hmpps-integration-api/src/queues';
import { AppProcess, buildOnce, startBuiltApp } from '../harness/app-process';

// With OpenTelemetry on, as a deployment turns it on: the built app (so the SDK starts before the app's
// modules load, as in production) exporting OTLP to a collector given by the standard variables.

const TRACE_ID = '5b8efff798038103d269b633813fc60c';
const CALLER_SPAN = 'eee19b7ec3c1b174';
const SPAN_KIND_SERVER = 2;
const SPAN_KIND_CLIENT = 3;

interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
}

/** An OTLP/HTTP (JSON) trace receiver, as a collector would be. */
async function startCollector(): Promise<{ url: string; spans: ExportedSpan[]; close(): Promise<void> }> {
  const spans: ExportedSpan[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.url === '/v1/traces') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          resourceSpans: { scopeSpans: { spans: ExportedSpan[] }[] }[];
        };
        for (const resource of body.resourceSpans)
          for (const scope of resource.scopeSpans) spans.push(...scope.spans);
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    spans,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

beforeAll(() => buildOnce(), 120_000);

describe('hmpps-integration-api with OpenTelemetry configured', () => {
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let stubs: RunningStubs;
  let app: AppProcess;
  let stdout = '';

  beforeAll(async () => {
    collector = await startCollector();
    stubs = await startStubs();
    app = await startBuiltApp(
      'hmpps-integration-api',
      {
        ...stubEnv(stubs.url),
        LOG_LEVEL: 'info',
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_BSP_SCHEDULE_DELAY: '100',
      },
      'tracing-hmpps',
      [['subject-distinguished-name', as('all-access').headers['subject-distinguished-name']]],
      { queues: HMPPS_QUEUES, topics: HMPPS_TOPICS },
    );
    app.child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
    await stubs?.close();
    await collector?.close();
  });

  it("exports one trace per request, continuing the caller's; every upstream call is a child span whose id the upstream received, and the log line names the trace", async () => {
    await stubs.clearRequests();
    const response = await fetch(`${app.url}/v1/persons/G2996UX`, {
      headers: { ...as('all-access').headers, traceparent: `00-${TRACE_ID}-${CALLER_SPAN}-01` },
    });
    expect(response.status).toBe(200);
    const requestId = response.headers.get('x-request-id');

    const calls = (await stubs.requests()).filter((call) => !call.path.startsWith('/auth/.well-known'));
    expect(calls.map((call) => call.path)).toEqual(
      expect.arrayContaining([
        '/prisoner-offender-search/prisoner/G2996UX',
        '/ndelius/search/probation-cases',
      ]),
    );
    const ours = () => collector.spans.filter((span) => span.traceId === TRACE_ID);
    const deadline = Date.now() + 15_000;
    while (
      ours().filter((span) => span.kind === SPAN_KIND_CLIENT).length < calls.length &&
      Date.now() < deadline
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const server = ours().find((span) => span.kind === SPAN_KIND_SERVER && span.parentSpanId === CALLER_SPAN);
    expect(server).toBeDefined();
    const clientSpans = new Map(
      ours()
        .filter((span) => span.kind === SPAN_KIND_CLIENT)
        .map((span) => [span.spanId, span]),
    );
    for (const call of calls) {
      // One traceparent, the instrumentation's: the client span of that very call, in the caller's trace.
      const [version, traceId, parentId, flags] = String(call.headers.traceparent).split('-');
      expect({ path: call.path, version, traceId, flags, exported: clientSpans.has(parentId) }).toEqual({
        path: call.path,
        version: '00',
        traceId: TRACE_ID,
        flags: '01',
        exported: true,
      });
      expect(call.headers['x-request-id']).toBe(requestId);
    }

    const line = stdout
      .split('\n')
      .filter((text) => text.startsWith('{'))
      .map((text) => JSON.parse(text) as Record<string, unknown>)
      .find((entry) => entry.msg === 'request completed' && (entry.req as { id?: string }).id === requestId);
    expect(line?.trace_id).toBe(TRACE_ID);
    expect(ours().some((span) => span.spanId === line?.span_id)).toBe(true);
  });

  it('traces no probe or scrape', async () => {
    const before = collector.spans.length;
    const probe = await fetch(`${app.url}/health/readiness`, { headers: as('all-access').headers });
    expect(probe.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 500));

    // Nothing else runs in a request's context here, so any new span would be the probe's.
    expect(collector.spans.slice(before)).toEqual([]);
  });
});
