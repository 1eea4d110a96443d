import type { TokenProvider } from '../token/token-provider';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

export type QueryValue = string | number | boolean;

/** `undefined` values are left out; arrays repeat the parameter (`type=A&type=B`). */
export type QueryParams = Record<string, QueryValue | readonly QueryValue[] | undefined>;

export interface UpstreamTlsOptions {
  pfx?: Buffer;
  passphrase?: string;
  ca?: Buffer | string;
  rejectUnauthorized?: boolean;
}

export interface BreakerOptions {
  /** Failed calls in the rolling window before the breaker may open (default 5). */
  failureThreshold?: number;
  /** How long the breaker stays open before letting one trial call through (default 10000). */
  resetTimeoutMs?: number;
}

export interface UpstreamClientOptions {
  /** Short upstream name used in errors, metrics labels and health components, e.g. `prison-api`. */
  name: string;
  baseUrl: string;
  /** Budget for a whole call: connect, headers, body, retries and back-off (default 10000). */
  timeoutMs?: number;
  /** Extra attempts for idempotent calls on connection errors and 502/503/504 (default 2). */
  retries?: number;
  breaker?: BreakerOptions;
  tokenProvider?: TokenProvider;
  /** Keep-alive pool size (default 50). */
  connections?: number;
  tls?: UpstreamTlsOptions;
  /** Sent with every request; per-request headers win. */
  headers?: Record<string, string>;
}

export interface UpstreamRequest {
  method: HttpMethod;
  path: string;
  query?: QueryParams;
  headers?: Record<string, string>;
  /** A string or Buffer is sent verbatim; anything else is sent as JSON. */
  body?: unknown;
  /** Allows retries for a method that is not idempotent by definition (e.g. a POST search). */
  idempotent?: boolean;
  timeoutMs?: number;
  /** Send the token provider's bearer token (default true when the client has a token provider). */
  auth?: boolean;
  /** Return a 2xx body as a Buffer (images, files), undecoded; `text` is then empty. */
  binary?: boolean;
}

/** Per-call options of the `get`/`post`/`put` shortcuts. */
export type UpstreamCallOptions = Omit<UpstreamRequest, 'method' | 'path' | 'query' | 'body'>;

export interface UpstreamResponse<T = unknown> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /**
   * Parsed JSON when the content-type is JSON, otherwise the text; undefined for an empty body.
   * A Buffer for a 2xx answer to a `binary` request.
   */
  body: T | undefined;
  text: string;
}

export interface UpstreamHealth {
  status: 'UP' | 'DOWN';
  details: Record<string, unknown>;
}
