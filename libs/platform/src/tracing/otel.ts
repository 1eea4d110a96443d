import type { NodeSDK } from '@opentelemetry/sdk-node';

/** Requests that are not worth a trace: probes and scrapes, several a second per pod. */
const UNTRACED_PATH = /^\/(health|metrics|info)(\/|\?|$)/;

let sdk: NodeSDK | undefined;

/**
 * Tracing is on when the standard OpenTelemetry variables ask for an exporter: an OTLP endpoint, or
 * `OTEL_TRACES_EXPORTER` (other than `none`). `OTEL_SDK_DISABLED=true` turns it off whatever else is set.
 */
export function tracingConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false;
  const exporter = env.OTEL_TRACES_EXPORTER?.trim();
  if (exporter) return exporter !== 'none';
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim());
}

/** True once the OpenTelemetry SDK runs in this process (its instrumentations then propagate context). */
export function tracingStarted(): boolean {
  return sdk !== undefined;
}

/** `dist/apps/<name>/main.js` → `<name>`, the default service name when `OTEL_SERVICE_NAME` is not set. */
export function serviceNameFromEntry(entry: string | undefined): string | undefined {
  return entry?.match(/[\\/]apps[\\/]([a-z0-9-]+)[\\/]/)?.[1];
}

/**
 * Starts the OpenTelemetry SDK when configured (see `tracingConfigured`), with the HTTP (incoming
 * requests), undici (every upstream call, REST and SOAP), pg and Fastify instrumentations. Exporter,
 * endpoint, protocol, headers, sampler and resource come from the standard `OTEL_*` variables. Only
 * traces are exported: metrics are Prometheus on the metrics port, logs are JSON on stdout.
 *
 * It must run before the modules it instruments are loaded, so `@libs/platform` runs it first thing (see
 * index.ts) and every main.ts imports `@libs/platform` first. The SDK is loaded only when tracing is on.
 */
export function startTracing(env: NodeJS.ProcessEnv = process.env): boolean {
  if (sdk || !tracingConfigured(env)) return sdk !== undefined;
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded only when tracing is on (~40 modules) */
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { HttpInstrumentation } =
    require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { UndiciInstrumentation } =
    require('@opentelemetry/instrumentation-undici') as typeof import('@opentelemetry/instrumentation-undici');
  const { PgInstrumentation } =
    require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  const { FastifyOtelInstrumentation } = require('@fastify/otel') as typeof import('@fastify/otel');
  /* eslint-enable @typescript-eslint/no-require-imports */
  sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME ? undefined : serviceNameFromEntry(process.argv[1]),
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => UNTRACED_PATH.test(request.url ?? ''),
        // Outgoing calls made outside a request (queue polling, relays) would each start a trace of their own.
        requireParentforOutgoingSpans: true,
      }),
      new UndiciInstrumentation({ requireParentforSpans: true }),
      new PgInstrumentation({ requireParentSpan: true }),
      new FastifyOtelInstrumentation({
        registerOnInitialization: true,
        // One span per request and one for its handler; a span per platform hook would bury them.
        instrumentHooks: false,
        ignorePaths: (route) => UNTRACED_PATH.test(route.url),
      }),
    ],
  });
  sdk.start();
  return true;
}

/** Exports the spans still buffered; part of shutdown, so the last requests' traces are not lost. */
export async function stopTracing(): Promise<void> {
  const running = sdk;
  sdk = undefined;
  await running?.shutdown();
}
