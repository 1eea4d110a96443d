/**
 * Every failure of an outbound call is one of these, so callers map upstream trouble to their own envelopes
 * with `instanceof` and the `upstream` name. Messages name the upstream and the request line (method and
 * path, never the query string, headers or tokens), because they end up in logs.
 */
export class UpstreamError extends Error {
  constructor(
    readonly upstream: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The call did not complete (headers and body) within its time budget. */
export class UpstreamTimeoutError extends UpstreamError {
  constructor(
    upstream: string,
    readonly timeoutMs: number,
    requestLine: string,
    options?: { cause?: unknown },
  ) {
    super(upstream, `${upstream} did not answer ${requestLine} within ${timeoutMs} ms`, options);
  }
}

/** No usable connection: refused, reset, closed mid-response, DNS or TLS failure. */
export class UpstreamConnectionError extends UpstreamError {
  constructor(
    upstream: string,
    readonly code: string | undefined,
    requestLine: string,
    options?: { cause?: unknown },
  ) {
    super(
      upstream,
      `Connection to ${upstream} failed for ${requestLine}${code ? ` (${code})` : ''}`,
      options,
    );
  }
}

/** A non-2xx answer where the caller asked for a successful one. */
export class UpstreamStatusError extends UpstreamError {
  constructor(
    upstream: string,
    readonly status: number,
    readonly body: unknown,
    readonly text: string,
    message: string,
  ) {
    super(upstream, message);
  }
}

/** The circuit breaker is open: the call was refused without reaching the upstream. */
export class UpstreamCircuitOpenError extends UpstreamError {
  constructor(upstream: string) {
    super(upstream, `${upstream} is unavailable: circuit breaker open after repeated failures`);
  }
}

/** The upstream answered, but not in the format it promised (e.g. content-type JSON with a broken body). */
export class UpstreamMalformedResponseError extends UpstreamError {}
