import { captureLogs, type CapturedLogs } from '@libs/testing';
import { as, useHmppsApi } from './hmpps-test-app';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';
const TRACEPARENT = `00-${TRACE_ID}-${CALLER_SPAN}-01`;
const W3C = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/;

describe('correlation: one request, one trace, across every upstream it calls', () => {
  const context = useHmppsApi({ LOG_LEVEL: 'info' });
  let logs: CapturedLogs;

  beforeEach(async () => {
    await context.stubs.clearRequests();
    logs = captureLogs();
  });
  afterEach(() => logs.stop());

  const upstreamCalls = async () =>
    (await context.stubs.requests()).filter((request) => !request.path.startsWith('/auth/.well-known'));

  it("carries the caller's traceparent trace id and the request id to every upstream of a fan-out, and into the log line", async () => {
    const response = await context.api.get('/v1/persons/G2996UX', {
      headers: { ...as('all-access').headers, traceparent: TRACEPARENT, 'x-request-id': 'consumer-req-42' },
    });
    expect(response.status).toBe(200);
    expect(response.headers['x-request-id']).toBe('consumer-req-42');

    const calls = await upstreamCalls();
    const upstreams = new Set(calls.map((call) => call.path.split('/')[1]));
    // Prisoner search and nDelius' probation case search at least (plus the token request when none is cached yet).
    expect([...upstreams]).toEqual(expect.arrayContaining(['prisoner-offender-search', 'ndelius']));
    for (const call of calls) {
      expect({ path: call.path, traceparent: call.headers.traceparent }).toEqual({
        path: call.path,
        traceparent: expect.stringMatching(W3C),
      });
      expect(W3C.exec(String(call.headers.traceparent))?.[1]).toBe(TRACE_ID);
      // The parent is our span, not the caller's.
      expect(call.headers.traceparent).not.toContain(CALLER_SPAN);
      expect(call.headers['x-request-id']).toBe('consumer-req-42');
    }

    const line = logs
      .lines()
      .find(
        (entry) =>
          entry.msg === 'request completed' && (entry.req as { id: string }).id === 'consumer-req-42',
      );
    expect(line).toMatchObject({ trace_id: TRACE_ID, span_id: expect.stringMatching(/^[0-9a-f]{16}$/) });
    // The upstreams' parent span is the one the log line names.
    expect(calls[0].headers.traceparent).toContain(`-${String(line?.span_id)}-`);
  });

  it('starts a trace of its own for a caller that sent none (or a broken one), shared by all its upstream calls', async () => {
    for (const traceparent of [undefined, '00-not-a-trace-01']) {
      await context.stubs.clearRequests();
      const response = await context.api.get('/v1/persons/G2996UX', {
        headers: { ...as('all-access').headers, ...(traceparent && { traceparent }) },
      });
      expect(response.status).toBe(200);

      const calls = await upstreamCalls();
      expect(calls.length).toBeGreaterThanOrEqual(2);
      const traceIds = new Set(calls.map((call) => W3C.exec(String(call.headers.traceparent))?.[1]));
      expect(traceIds.size).toBe(1);
      const [traceId] = [...traceIds];
      expect(traceId).toMatch(/^[0-9a-f]{32}$/);
      const requestIds = new Set(calls.map((call) => call.headers['x-request-id']));
      expect([...requestIds]).toEqual([response.headers['x-request-id']]);
      expect(
        logs.lines().some((entry) => entry.msg === 'request completed' && entry.trace_id === traceId),
      ).toBe(true);
    }
  });

  it("puts the trace id in moreInfo of an upstream failure, so a consumer's report leads to the trace", async () => {
    await context.stubs.setFault({ prefix: '/ndelius/search/probation-cases', status: 500 });

    const response = await context.api.get('/v1/persons', {
      headers: { ...as('all-access').headers, traceparent: TRACEPARENT },
      query: { last_name: 'Larsen' },
    });

    expect(response.status).toBe(500);
    expect(response.body).toMatchObject({
      userMessage: expect.stringContaining('ndelius'),
      moreInfo: TRACE_ID,
    });
  });
});
