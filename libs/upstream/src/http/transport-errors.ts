import { UpstreamConnectionError, UpstreamError, UpstreamTimeoutError } from '../errors/upstream-errors';

/** undici's own timeouts; our budget normally fires first, but these mean the same to a caller. */
const TIMEOUT_CODES: ReadonlySet<string> = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** Mistakes in the request we built, not trouble with the upstream: never dressed up as connection errors. */
const CALLER_ERROR_CODES: ReadonlySet<string> = new Set([
  'UND_ERR_INVALID_ARG',
  'UND_ERR_INVALID_RETURN_VALUE',
  'UND_ERR_NOT_SUPPORTED',
]);

/** Duck-typed: Node's own errors may come from another realm (e.g. under Jest), where `instanceof` fails. */
export function errorCode(error: unknown): string | undefined {
  let current = error;
  for (let depth = 0; typeof current === 'object' && current !== null && depth < 5; depth++) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === 'string') return code;
    current = cause;
  }
  return undefined;
}

export interface FailedExchange {
  upstream: string;
  requestLine: string;
  timeoutMs: number;
  /** True when the call's own deadline fired, whatever error undici surfaced for it. */
  timedOut: boolean;
}

/** Turns whatever the transport threw into the upstream error a caller can act on. */
export function toUpstreamError(error: unknown, exchange: FailedExchange): unknown {
  if (error instanceof UpstreamError) return error;
  const code = errorCode(error);
  if (exchange.timedOut || (code !== undefined && TIMEOUT_CODES.has(code))) {
    return new UpstreamTimeoutError(exchange.upstream, exchange.timeoutMs, exchange.requestLine, {
      cause: error,
    });
  }
  if (code !== undefined && CALLER_ERROR_CODES.has(code)) return error;
  return new UpstreamConnectionError(exchange.upstream, code, exchange.requestLine, { cause: error });
}
