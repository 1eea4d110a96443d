import { continueTrace, traceHeaders } from './traceparent';

const CALLER_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';

describe('trace context', () => {
  it("continues a caller's trace in a span of its own, keeping the flags and tracestate", () => {
    const context = continueTrace(`00-${CALLER_TRACE}-${CALLER_SPAN}-01`, 'congo=t61rcWkgMzE');

    expect(context).toEqual({
      traceId: CALLER_TRACE,
      spanId: expect.stringMatching(/^[0-9a-f]{16}$/),
      flags: '01',
      state: 'congo=t61rcWkgMzE',
    });
    expect(context.spanId).not.toBe(CALLER_SPAN);
    expect(traceHeaders(context)).toEqual({
      traceparent: `00-${CALLER_TRACE}-${context.spanId}-01`,
      tracestate: 'congo=t61rcWkgMzE',
    });
  });

  it('accepts a later version with extra fields, as the specification asks', () => {
    expect(continueTrace(`01-${CALLER_TRACE}-${CALLER_SPAN}-00-what-the-future-adds`).traceId).toBe(
      CALLER_TRACE,
    );
  });

  it.each([
    ['missing', undefined],
    ['an array (header sent twice)', [`00-${CALLER_TRACE}-${CALLER_SPAN}-01`]],
    ['upper case', `00-${CALLER_TRACE.toUpperCase()}-${CALLER_SPAN}-01`],
    ['an all-zero trace id', `00-${'0'.repeat(32)}-${CALLER_SPAN}-01`],
    ['an all-zero parent id', `00-${CALLER_TRACE}-${'0'.repeat(16)}-01`],
    ['version ff', `ff-${CALLER_TRACE}-${CALLER_SPAN}-01`],
    ['version 00 with extra fields', `00-${CALLER_TRACE}-${CALLER_SPAN}-01-extra`],
    ['too short', `00-${CALLER_TRACE.slice(1)}-${CALLER_SPAN}-01`],
    ['a header-injection attempt', `00-${CALLER_TRACE}-${CALLER_SPAN}-01\r\nx-evil: 1`],
  ])('starts a new sampled trace when the traceparent is %s', (_, header) => {
    const context = continueTrace(header, 'congo=t61rcWkgMzE');

    expect(context.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(context.traceId).not.toBe(CALLER_TRACE);
    expect(context.traceId).not.toBe('0'.repeat(32));
    expect(context.flags).toBe('01');
    expect(context.state).toBeUndefined();
  });

  it('drops a tracestate it could not pass on safely', () => {
    const parent = `00-${CALLER_TRACE}-${CALLER_SPAN}-01`;

    expect(continueTrace(parent, 'a=1\r\nx-evil: 1').state).toBeUndefined();
    expect(continueTrace(parent, 'a=1,'.repeat(200)).state).toBeUndefined();
  });

  it('gives every request a different trace and span when nothing came in', () => {
    const [first, second] = [continueTrace(undefined), continueTrace(undefined)];

    expect(first.traceId).not.toBe(second.traceId);
    expect(first.spanId).not.toBe(second.spanId);
  });
});
