import { randomUUID } from 'node:crypto';
import { currentRequest } from '../request-logging';
import { activeSpanContext } from './active-span';
import { continueTrace, traceHeaders, type TraceContext } from './traceparent';

/** The trace of the work in progress: the active span's, else the request's; none outside a request. */
export function currentTrace(): TraceContext | undefined {
  return activeSpanContext() ?? currentRequest()?.trace;
}

/** The current trace id (e.g. for an error body's `moreInfo`), or undefined outside a request. */
export function currentTraceId(): string | undefined {
  return currentTrace()?.traceId;
}

/** Log fields that tie a line to its trace: `trace_id` and `span_id`, as OpenTelemetry's log bridges name them. */
export function traceLogFields(): Record<string, string> {
  const trace = currentTrace();
  return trace ? { trace_id: trace.traceId, span_id: trace.spanId } : {};
}

/**
 * Headers every upstream call carries, so the upstream's logs and traces join ours: `x-request-id` (the
 * request's id) and W3C `traceparent`/`tracestate`. While an OpenTelemetry span is active the undici
 * instrumentation writes `traceparent` itself, with the id of the call's own client span, so it is left
 * out here. Outside a request (start-up, background work) each call gets an id and a trace of its own.
 */
export function upstreamCorrelationHeaders(): Record<string, string> {
  const request = currentRequest();
  const requestId = request?.id ?? randomUUID();
  if (activeSpanContext()) return { 'x-request-id': requestId };
  return { 'x-request-id': requestId, ...traceHeaders(request?.trace ?? continueTrace(undefined)) };
}
