import { isSpanContextValid, trace } from '@opentelemetry/api';
import { tracingStarted } from './otel';
import type { TraceContext } from './traceparent';

/** The OpenTelemetry span this code runs in, when the SDK runs and there is one. */
export function activeSpanContext(): TraceContext | undefined {
  if (!tracingStarted()) return undefined;
  const span = trace.getActiveSpan()?.spanContext();
  if (!span || !isSpanContextValid(span)) return undefined;
  return { traceId: span.traceId, spanId: span.spanId, flags: span.traceFlags.toString(16).padStart(2, '0') };
}
