import { setTimeout as sleep } from 'node:timers/promises';
import {
  UpstreamConnectionError,
  UpstreamMalformedResponseError,
  UpstreamStatusError,
  UpstreamTimeoutError,
} from '@libs/upstream';

/** Statuses after which the reference retries a transaction post. */
const RETRYABLE_STATUSES = new Set([408, 499, 502, 503, 504, 522, 599]);

export interface TransactionRetryPolicy {
  /** Attempts after the first. */
  retries: number;
  /** Wait before the first retry; each later wait doubles. */
  backoffMs: number;
}

/**
 * Whether the post may have gone unanswered rather than been refused: no answer in time, a broken
 * connection, a garbled answer, or a gateway-style status. Safe to resend because Prison API keeps each
 * `client_unique_ref` once.
 */
function isRetryable(error: unknown): boolean {
  if (error instanceof UpstreamStatusError) return RETRYABLE_STATUSES.has(error.status);
  return (
    error instanceof UpstreamTimeoutError ||
    error instanceof UpstreamConnectionError ||
    error instanceof UpstreamMalformedResponseError
  );
}

/**
 * Runs a transaction post, resending it after an unanswered attempt with exponential back-off. Reports
 * whether it was resent, because a resent post that meets "duplicate" has most likely met its own earlier
 * attempt.
 */
export async function postWithRetries<T>(
  post: () => Promise<T>,
  policy: TransactionRetryPolicy,
): Promise<{ value: T; resent: boolean }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return { value: await post(), resent: attempt > 0 };
    } catch (error) {
      if (attempt >= policy.retries || !isRetryable(error)) throw error;
      await sleep(policy.backoffMs * 2 ** attempt);
    }
  }
}
