/**
 * The contract of upstream-stubs' admin API (`/__admin/*`), which tests drive over HTTP. The stubs app
 * builds its answers to these types, so the two cannot drift apart.
 */

/** A fault to inject: what to do to requests under `prefix`. */
export interface FaultSpec {
  prefix: string;
  status?: number;
  body?: string;
  contentType?: string;
  latencyMs?: number;
  reset?: boolean;
  malformed?: boolean;
  rate?: number;
  times?: number;
}

/** An injected fault as stored and listed by the admin API. */
export interface Fault {
  id: string;
  prefix: string;
  status?: number;
  body?: string;
  contentType?: string;
  latencyMs?: number;
  reset?: boolean;
  malformed?: boolean;
  rate: number;
  /** Affected requests still to come; absent when unlimited. */
  remaining?: number;
  createdAt: string;
}

/** A request the stubs received (credentials masked). */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed body when it is small enough to keep; absent for requests without one. */
  body?: unknown;
  at: string;
}

export interface TokenRequestCounts {
  total: number;
  byClient: Record<string, number>;
}

/** What a test may ask of a minted HMPPS Auth token. */
export interface MintTokenOptions {
  roles?: string[];
  clientId?: string;
  username?: string;
  /** Negative values give an already expired token. */
  expiresInSeconds?: number;
  /** Sets `nbf` this many seconds from now (positive: a token that is not valid yet). */
  notBeforeOffsetSeconds?: number;
}
