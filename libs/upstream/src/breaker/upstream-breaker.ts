import CircuitBreaker from 'opossum';
import {
  UpstreamCircuitOpenError,
  UpstreamConnectionError,
  UpstreamError,
  UpstreamTimeoutError,
} from '../errors/upstream-errors';
import { errorCode } from '../http/transport-errors';
import type { UpstreamMetrics } from '../metrics/upstream-metrics';
import type { BreakerOptions, UpstreamResponse } from '../http/upstream-types';

const DEFAULT_FAILURE_THRESHOLD = 5;
const DEFAULT_RESET_TIMEOUT_MS = 10_000;
const ROLLING_WINDOW_MS = 10_000;

/** Carries a 5xx answer through the breaker as a failure; unwrapped again before the caller sees it. */
class ServerErrorAnswer extends Error {
  constructor(readonly response: UpstreamResponse<unknown>) {
    super(`HTTP ${response.status}`);
  }
}

export type BreakerState = 'closed' | 'open' | 'halfOpen';

/**
 * One opossum breaker per upstream client. It counts timeouts, connection errors and 5xx answers of this
 * upstream; 4xx answers, malformed bodies and failures of other upstreams (e.g. its token endpoint) are the
 * caller's or someone else's problem and count as successes.
 *
 * Threshold: opossum opens on an error *rate* once the rolling 10 s window holds `volumeThreshold` calls.
 * With `volumeThreshold = failureThreshold` and a 50 % rate, an idle upstream opens after exactly
 * `failureThreshold` consecutive failures, and a busy one once more than half of the window's calls fail,
 * so a few failures among many successes never cut an upstream off.
 */
export class UpstreamBreaker {
  private readonly breaker: CircuitBreaker<
    [() => Promise<UpstreamResponse<unknown>>],
    UpstreamResponse<unknown>
  >;

  constructor(
    private readonly upstream: string,
    options: BreakerOptions = {},
    metrics?: UpstreamMetrics,
  ) {
    this.breaker = new CircuitBreaker(
      (call: () => Promise<UpstreamResponse<unknown>>) => this.failOn5xx(call),
      {
        timeout: false,
        resetTimeout: options.resetTimeoutMs ?? DEFAULT_RESET_TIMEOUT_MS,
        volumeThreshold: options.failureThreshold ?? DEFAULT_FAILURE_THRESHOLD,
        errorThresholdPercentage: 50,
        rollingCountTimeout: ROLLING_WINDOW_MS,
        errorFilter: (error: unknown) => !this.isUpstreamFailure(error),
      },
    );
    metrics?.setCircuitOpen(upstream, false);
    this.breaker.on('open', () => metrics?.setCircuitOpen(upstream, true));
    this.breaker.on('halfOpen', () => metrics?.setCircuitOpen(upstream, false));
    this.breaker.on('close', () => metrics?.setCircuitOpen(upstream, false));
  }

  get state(): BreakerState {
    if (this.breaker.opened) return 'open';
    return this.breaker.halfOpen ? 'halfOpen' : 'closed';
  }

  async run<T>(call: () => Promise<UpstreamResponse<T>>): Promise<UpstreamResponse<T>> {
    try {
      return (await this.breaker.fire(call)) as UpstreamResponse<T>;
    } catch (error) {
      if (error instanceof ServerErrorAnswer) return error.response as UpstreamResponse<T>;
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

  private async failOn5xx(
    call: () => Promise<UpstreamResponse<unknown>>,
  ): Promise<UpstreamResponse<unknown>> {
    const response = await call();
    if (response.status >= 500) throw new ServerErrorAnswer(response);
    return response;
  }

  private isUpstreamFailure(error: unknown): boolean {
    if (error instanceof ServerErrorAnswer) return true;
    return (
      (error instanceof UpstreamTimeoutError || error instanceof UpstreamConnectionError) &&
      error.upstream === this.upstream
    );
  }
}
