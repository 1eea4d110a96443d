import type { PlatformEnv } from './config/platform-env';

/**
 * How long a client may take, per connection, before the server gives up on it. Without these a client
 * sending one body byte every few seconds holds its connection (and its request's memory) for ever:
 * Fastify switches Node's request timeout off by default.
 */
export interface HttpTimeouts {
  /** The whole request, head and body, must arrive within this (408 otherwise). */
  requestTimeoutMs: number;
  /** The request head must arrive within this (408 otherwise); at most `requestTimeoutMs`. */
  headersTimeoutMs: number;
  /** A kept-alive connection with no request in progress is closed after this. */
  keepAliveTimeoutMs: number;
  /** A socket with no traffic at all, in either direction, is closed after this (also while a handler runs). */
  idleTimeoutMs: number;
}

/** How often Node looks for requests past their request or headers timeout (its default is 30 s). */
export const TIMEOUT_CHECK_INTERVAL_MS = 1_000;

/** Deepest JSON nesting of a request body (arrays and objects); deeper bodies are refused with 400. */
export const MAX_JSON_DEPTH = 32;

/** The timeouts of the validated environment (`PlatformEnv`'s `HTTP_*_TIMEOUT_MS`). */
export function httpTimeouts(env: PlatformEnv): HttpTimeouts {
  return {
    requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
    headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS,
    keepAliveTimeoutMs: env.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    idleTimeoutMs: env.HTTP_IDLE_TIMEOUT_MS,
  };
}
