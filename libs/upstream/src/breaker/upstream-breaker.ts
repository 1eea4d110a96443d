import CircuitBreaker from 'opossum';
import {
  UpstreamCircuitOpenError,
  UpstreamConnectionError,
  UpstreamError,
  UpstreamStatusError,
  UpstreamTimeoutError,
} from '../errors/upstream-errors';
import { errorCode } from '../http/transport-errors';
import type { UpstreamMetrics } from '../metrics/upstream-metrics';
import type { BreakerOptions } from '../http/upstream-types';

const DEFAULT_FAILURE_THRESHOLD = 5;
const DEFAULT_RESET_TIMEOUT_MS = 10_000;
const ROLLING_WINDOW_MS = 10_000;

export type BreakerState = 'closed' | 'open' | 'halfOpen';

/**
 * What counts against an upstream: it timed out, could not be reached, or answered 5xx. A 4xx, a
 * malformed body or another upstream's failure (e.g. its token endpoint) is the caller's or someone
 * else's problem.
 */
export function isUpstreamOutage(upstream: string, error: unknown): boolean {
  if (!(error instanceof UpstreamError) || error.upstream !== upstream) return false;
  if (error instanceof UpstreamStatusError) return error.status >= 500;
  return error instanceof UpstreamTimeoutError || error instanceof UpstreamConnectionError;
}

export interface UpstreamBreakerOptions extends BreakerOptions {
  /** Which rejections count as failures; by default `isUpstreamOutage` for this upstream. */
  isFailure?: (error: unknown) => boolean;
}

/**
 * One opossum breaker per upstream. A call goes through unchanged: it resolves or rejects with its own
 * result or error, and opossum's `errorFilter` decides which rejections count towards opening.
 *
 * Threshold: opossum opens on an error *rate* once the rolling 10 s window holds `volumeThreshold` calls.
 * With `volumeThreshold = failureThreshold` and a 50 % rate, an idle upstream opens after exactly
 * `failureThreshold` consecutive failures, and a busy one once more than half of the window's calls fail,
 * so a few failures among many successes never cut an upstream off.
 */
export class UpstreamBreaker {
  private readonly breaker: CircuitBreaker<[() => Promise<unknown>], unknown>;

  constructor(
    private readonly upstream: string,
    options: UpstreamBreakerOptions = {},
    metrics?: UpstreamMetrics,
  ) {
    const isFailure = options.isFailure ?? ((error: unknown) => isUpstreamOutage(upstream, error));
    this.breaker = new CircuitBreaker((call: () => Promise<unknown>) => call(), {
      timeout: false,
      resetTimeout: options.resetTimeoutMs ?? DEFAULT_RESET_TIMEOUT_MS,
      volumeThreshold: options.failureThreshold ?? DEFAULT_FAILURE_THRESHOLD,
      errorThresholdPercentage: 50,
      rollingCountTimeout: ROLLING_WINDOW_MS,
      // opossum's errorFilter names the errors that do NOT count as failures.
      errorFilter: (error: unknown) => !isFailure(error),
    });
    metrics?.setCircuitOpen(upstream, false);
    this.breaker.on('open', () => metrics?.setCircuitOpen(upstream, true));
    this.breaker.on('halfOpen', () => metrics?.setCircuitOpen(upstream, false));
    this.breaker.on('close', () => metrics?.setCircuitOpen(upstream, false));
  }

  get state(): BreakerState {
    if (this.breaker.opened) return 'open';
    return this.breaker.halfOpen ? 'halfOpen' : 'closed';
  }

  async run<T>(call: () => Promise<T>): Promise<T> {
    try {
      return (await this.breaker.fire(call)) as T;
    } catch (error) {
      if (error instanceof Error && CircuitBreaker.isOurError(error)) {
        // opossum's own rejections: an open circuit, or a breaker shut down by `close()`.
        if (errorCode(error) === 'EOPENBREAKER') throw new UpstreamCircuitOpenError(this.upstream);
        throw new UpstreamError(this.upstream, `${this.upstream} client is closed`);
      }
      throw error;
    }
  }

  shutdown(): void {
    this.breaker.shutdown();
  }
}
