import type { HttpMethod } from './upstream-types';

const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

/** Gateway-style answers that say "try again", as opposed to a 500 from the application itself. */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

/** Transport failures that a second attempt on a fresh connection can plausibly cure. */
const RETRYABLE_CONNECTION_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

const BASE_DELAY_MS = 50;
const MAX_DELAY_MS = 1000;

export function mayRetry(method: HttpMethod, idempotent: boolean | undefined): boolean {
  return idempotent ?? IDEMPOTENT_METHODS.has(method);
}

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

export function isRetryableConnectionCode(code: string | undefined): boolean {
  return code !== undefined && RETRYABLE_CONNECTION_CODES.has(code);
}

/**
 * Exponential back-off with "equal jitter": half the delay is fixed, half random, so retries from many
 * callers spread out without ever retrying immediately. `attempt` is the number of attempts made so far.
 */
export function backOffDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
