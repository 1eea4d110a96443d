// First, before anything below loads the modules it instruments (http, fastify, undici, pg): every
// main.ts imports @libs/platform first, so this starts OpenTelemetry (when configured) in time.
import './tracing/start';
export * from './bootstrap';
export { AppLogger, InjectLogger } from './app-logger';
export { nestsDeeperThan, RefusedBody, strictUtf8, type BodyAcceptance, type BodyKind } from './body-parsers';
export { MAX_JSON_DEPTH } from './http-limits';
export * from './config';
export * from './validation';
export * from './config-validation';
export * from './health-registry';
export * from './logging';
export * from './metrics.service';
export { MetricsServer, metricsPort } from './metrics-server';
export * from './platform-options';
export * from './platform.module';
export * from './public.decorator';
export * from './shutdown';
export { addRequestLogFields, currentRequest, type RequestContext } from './request-logging';
export { currentTraceId, upstreamCorrelationHeaders } from './tracing/correlation';
export { startTracing, stopTracing, tracingConfigured, tracingStarted } from './tracing/otel';
export { continueTrace, type TraceContext } from './tracing/traceparent';
export { randomBase64, randomHex } from './random-pool';
