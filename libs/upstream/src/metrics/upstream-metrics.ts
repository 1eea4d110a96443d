import { Gauge, Histogram, type Registry } from 'prom-client';
import {
  UpstreamCircuitOpenError,
  UpstreamError,
  UpstreamMalformedResponseError,
  UpstreamStatusError,
  UpstreamTimeoutError,
} from '../errors/upstream-errors';

/** `token_error`: the call never left, because its token could not be had (the token upstream is observed itself). */
export type UpstreamOutcome =
  | 'success'
  | 'client_error'
  | 'server_error'
  | 'timeout'
  | 'connection_error'
  | 'circuit_open'
  | 'malformed'
  | 'token_error';

/** The latest call to an upstream: what `/health` reports for upstreams that cannot be probed. */
export interface ObservedCall {
  outcome: UpstreamOutcome;
  /** The HTTP status, when the upstream answered. */
  status?: number;
  /** `Date.now()` when the call ended. */
  at: number;
}

/** Per registry, so that every `UpstreamMetrics` of one app sees the same calls. */
const lastCallsByRegistry = new WeakMap<Registry, Map<string, ObservedCall>>();

const DURATION_METRIC = 'upstream_request_duration_seconds';
const CIRCUIT_METRIC = 'upstream_circuit_open';
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * Prometheus metrics of outbound calls, and the latest call per upstream (for `observedHealth`). One instance per registry is expected, but every upstream client
 * can be given its own instance: metrics already in the registry are reused rather than registered twice.
 */
export class UpstreamMetrics {
  private readonly duration: Histogram<'upstream' | 'method' | 'outcome'>;
  private readonly circuitOpen: Gauge<'upstream'>;
  /** One entry per upstream name: as bounded as the metric labels. */
  private readonly lastCalls: Map<string, ObservedCall>;

  constructor(registry: Registry) {
    let lastCalls = lastCallsByRegistry.get(registry);
    if (!lastCalls) lastCallsByRegistry.set(registry, (lastCalls = new Map()));
    this.lastCalls = lastCalls;
    this.duration =
      (registry.getSingleMetric(DURATION_METRIC) as
        Histogram<'upstream' | 'method' | 'outcome'> | undefined) ??
      new Histogram({
        name: DURATION_METRIC,
        help: 'Duration of calls to upstream services (including retries), by outcome',
        labelNames: ['upstream', 'method', 'outcome'],
        buckets: DURATION_BUCKETS,
        registers: [registry],
      });
    this.circuitOpen =
      (registry.getSingleMetric(CIRCUIT_METRIC) as Gauge<'upstream'> | undefined) ??
      new Gauge({
        name: CIRCUIT_METRIC,
        help: '1 while the circuit breaker of an upstream is open (calls fail fast), otherwise 0',
        labelNames: ['upstream'],
        registers: [registry],
      });
  }

  observeCall(
    upstream: string,
    method: string,
    outcome: UpstreamOutcome,
    seconds: number,
    status?: number,
  ): void {
    this.duration.observe({ upstream, method, outcome }, seconds);
    this.lastCalls.set(upstream, { outcome, status, at: Date.now() });
  }

  /** The latest call to `upstream` since the app started, if any. */
  lastCall(upstream: string): ObservedCall | undefined {
    return this.lastCalls.get(upstream);
  }

  setCircuitOpen(upstream: string, open: boolean): void {
    this.circuitOpen.set({ upstream }, open ? 1 : 0);
  }
}

/** The outcome label of a call that got an HTTP answer. */
export function outcomeOfStatus(status: number): UpstreamOutcome {
  if (status >= 500) return 'server_error';
  return status >= 400 ? 'client_error' : 'success';
}

/** The outcome label of a call to `upstream` that failed without a usable answer. */
export function outcomeOfError(error: unknown, upstream: string): UpstreamOutcome {
  if (error instanceof UpstreamError && error.upstream !== upstream) return 'token_error';
  // The client rejects 5xx answers (after retries) with the answer's status.
  if (error instanceof UpstreamStatusError) return outcomeOfStatus(error.status);
  if (error instanceof UpstreamTimeoutError) return 'timeout';
  if (error instanceof UpstreamCircuitOpenError) return 'circuit_open';
  if (error instanceof UpstreamMalformedResponseError) return 'malformed';
  return 'connection_error';
}
