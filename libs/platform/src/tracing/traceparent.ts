import { randomHex } from '../random-pool';

/** A W3C trace context (https://www.w3.org/TR/trace-context/): the trace, our span in it, its flags. */
export interface TraceContext {
  /** 32 lower-case hex digits, not all zero. */
  traceId: string;
  /** 16 lower-case hex digits, not all zero: the span this process works in, the parent of its calls. */
  spanId: string;
  /** Two hex digits; `01` = sampled. */
  flags: string;
  /** The caller's `tracestate`, passed on unchanged. */
  state?: string;
}

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;
const ZERO_TRACE = '0'.repeat(32);
const ZERO_SPAN = '0'.repeat(16);
/** Printable ASCII, as the spec allows list members to be, and bounded (the spec's 32 members of 256). */
const TRACESTATE = /^[\x20-\x7e]{1,512}$/;

function hex(bytes: number): string {
  let value = randomHex(bytes);
  // An all-zero id is invalid; its chance is 2^-64 at least, but the spec forbids it outright.
  while (/^0+$/.test(value)) value = randomHex(bytes);
  return value;
}

export const newSpanId = (): string => hex(8);

/**
 * The trace context of an incoming request: the caller's trace (a new span of ours in it) when its
 * `traceparent` is valid, otherwise a new trace. A fresh trace is marked sampled, so the upstreams'
 * own tracing records the calls made for it.
 */
export function continueTrace(traceparent: unknown, tracestate?: unknown): TraceContext {
  const parsed = typeof traceparent === 'string' ? TRACEPARENT.exec(traceparent.trim()) : null;
  if (parsed) {
    const [, version, traceId, parentId, flags, rest] = parsed;
    // Version ff is invalid; version 00 has nothing after the flags; later versions may add fields.
    const validVersion = version !== 'ff' && (version !== '00' || rest === undefined);
    if (validVersion && traceId !== ZERO_TRACE && parentId !== ZERO_SPAN) {
      const state = typeof tracestate === 'string' && TRACESTATE.test(tracestate) ? tracestate : undefined;
      return { traceId, spanId: newSpanId(), flags, ...(state && { state }) };
    }
  }
  return { traceId: hex(16), spanId: newSpanId(), flags: '01' };
}

/** The `traceparent` (and `tracestate`) headers that make the callee's work part of this trace. */
export function traceHeaders(context: TraceContext): Record<string, string> {
  const headers: Record<string, string> = {
    traceparent: `00-${context.traceId}-${context.spanId}-${context.flags}`,
  };
  if (context.state) headers.tracestate = context.state;
  return headers;
}
