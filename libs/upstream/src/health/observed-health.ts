import type { HealthCheck } from '@libs/platform';
import type { ObservedCall, UpstreamMetrics, UpstreamOutcome } from '../metrics/upstream-metrics';

/** Outcomes that mean the upstream could not serve the call (as opposed to refusing this one call). */
const OUTAGE_OUTCOMES: ReadonlySet<UpstreamOutcome> = new Set([
  'server_error',
  'timeout',
  'connection_error',
  'circuit_open',
]);

export type OutageTest = (call: ObservedCall) => boolean;

export const isOutage: OutageTest = (call) => OUTAGE_OUTCOMES.has(call.outcome);

/**
 * A `/health` check for an upstream that has nothing to probe (no health endpoint, or one that needs a
 * caller's credentials, or a probe that would be a real, audited search): it reports the upstream as the
 * app's own latest call to it found it. DOWN while that call was an outage (`isDown`, by default a 5xx,
 * timeout, lost connection or open circuit), so an outage shows from the first failed call until a call
 * succeeds again; UP before any call. The details say which call the verdict rests on.
 */
export function observedHealth(
  metrics: UpstreamMetrics,
  upstream: string,
  isDown: OutageTest = isOutage,
): HealthCheck {
  return async () => {
    const call = metrics.lastCall(upstream);
    if (!call) return { status: 'UP', details: { upstream, lastCall: 'none since start' } };
    const lastCall = {
      outcome: call.outcome,
      ...(call.status !== undefined && { httpStatus: call.status }),
      at: new Date(call.at).toISOString(),
    };
    return { status: isDown(call) ? 'DOWN' : 'UP', details: { upstream, lastCall } };
  };
}
