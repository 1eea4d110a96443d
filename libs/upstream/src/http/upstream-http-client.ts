import { setTimeout as sleep } from 'node:timers/promises';
import { type HealthRegistry, upstreamCorrelationHeaders } from '@libs/platform';
import { Pool } from 'undici';
import { UpstreamBreaker } from '../breaker/upstream-breaker';
import {
  UpstreamConnectionError,
  UpstreamStatusError,
  UpstreamTimeoutError,
} from '../errors/upstream-errors';
import {
  outcomeOfError,
  outcomeOfStatus,
  type UpstreamMetrics,
  type UpstreamOutcome,
} from '../metrics/upstream-metrics';
import { startCallTimer } from './call-timer';
import { buildRequestPath, encodeBody, mergeHeaders } from './request-encoding';
import { decodeResponse } from './response-decoding';
import { backOffDelayMs, isRetryableConnectionCode, isRetryableStatus, mayRetry } from './retry-policy';
import { toUpstreamError } from './transport-errors';
import type {
  QueryParams,
  UpstreamCallOptions,
  UpstreamClientOptions,
  UpstreamHealth,
  UpstreamRequest,
  UpstreamResponse,
} from './upstream-types';

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_RETRIES = 2;
const DEFAULT_CONNECTIONS = 50;
const PING_TIMEOUT_MS = 2_000;

/** One call in progress: its deadline covers every attempt, the back-off between them and the token wait. */
interface CallContext {
  request: UpstreamRequest;
  requestLine: string;
  timeoutMs: number;
  deadline: number;
  signal: AbortSignal;
  /** Called once the call is over, whatever its outcome. */
  end(): void;
}

/**
 * HTTP client for one upstream: a keep-alive undici pool, a time budget per call, bounded retries of
 * idempotent calls, a circuit breaker, bearer tokens from a `TokenProvider`, and metrics per call.
 */
export class UpstreamHttpClient {
  readonly name: string;
  private readonly pool: Pool;
  private readonly basePath: string;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly breaker: UpstreamBreaker;

  constructor(
    private readonly options: UpstreamClientOptions,
    private readonly metrics?: UpstreamMetrics,
  ) {
    this.name = options.name;
    const url = new URL(options.baseUrl);
    this.basePath = url.pathname;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.retries = options.retries ?? DEFAULT_RETRIES;
    this.pool = new Pool(url.origin, {
      connections: options.connections ?? DEFAULT_CONNECTIONS,
      connect: options.tls ? { ...options.tls } : undefined,
    });
    this.breaker = new UpstreamBreaker(options.name, options.breaker, metrics);
  }

  /**
   * Resolves for every HTTP status below 500. Rejects only with `UpstreamError`s: a 5xx answer (after any
   * retries) as `UpstreamStatusError`, and transport failures, an open circuit or a malformed body.
   */
  async request<T = unknown>(request: UpstreamRequest): Promise<UpstreamResponse<T>> {
    const started = performance.now();
    const context = this.startCall(request, request.timeoutMs ?? this.timeoutMs);
    try {
      const response = await this.breaker.run(async () => {
        const answer = await this.attemptWithRetries<T>(context);
        if (answer.status >= 500) throw this.statusError(answer, request.method, request.path);
        return answer;
      });
      this.observe(request.method, outcomeOfStatus(response.status), started, response.status);
      return response;
    } catch (error) {
      const status = error instanceof UpstreamStatusError ? error.status : undefined;
      this.observe(request.method, outcomeOfError(error, this.name), started, status);
      throw error;
    } finally {
      context.end();
    }
  }

  async get<T = unknown>(path: string, query?: QueryParams, options?: UpstreamCallOptions): Promise<T> {
    return this.expectSuccess(await this.request<T>({ ...options, method: 'GET', path, query }), 'GET', path);
  }

  async post<T = unknown>(path: string, body: unknown, options?: UpstreamCallOptions): Promise<T> {
    return this.expectSuccess(
      await this.request<T>({ ...options, method: 'POST', path, body }),
      'POST',
      path,
    );
  }

  async put<T = unknown>(path: string, body: unknown, options?: UpstreamCallOptions): Promise<T> {
    return this.expectSuccess(await this.request<T>({ ...options, method: 'PUT', path, body }), 'PUT', path);
  }

  /**
   * A health probe: one unauthenticated GET with a short timeout, outside the breaker and the metrics so
   * that probing neither trips nor heals the breaker. The breaker's state is reported alongside.
   */
  async ping(path: string): Promise<UpstreamHealth> {
    const details: Record<string, unknown> = { upstream: this.name, circuit: this.breaker.state };
    const context = this.startCall({ method: 'GET', path, auth: false }, PING_TIMEOUT_MS);
    try {
      const response = await this.exchange(context);
      details.httpStatus = response.status;
      return { status: response.status >= 200 && response.status < 300 ? 'UP' : 'DOWN', details };
    } catch (error) {
      details.error = error instanceof Error ? error.message : String(error);
      return { status: 'DOWN', details };
    } finally {
      context.end();
    }
  }

  registerHealth(registry: HealthRegistry, path: string): void {
    registry.register(this.name, () => this.ping(path));
  }

  /** Idempotent, so that a client shared by several owners can be closed by each of them. */
  async close(): Promise<void> {
    this.breaker.shutdown();
    if (!this.pool.closed && !this.pool.destroyed) await this.pool.close();
  }

  private startCall(request: UpstreamRequest, timeoutMs: number): CallContext {
    const timer = startCallTimer(timeoutMs);
    return {
      request,
      requestLine: `${request.method} ${buildRequestPath(this.basePath, request.path)}`,
      timeoutMs,
      deadline: Date.now() + timeoutMs,
      signal: timer.signal,
      end: timer.clear,
    };
  }

  private observe(method: string, outcome: UpstreamOutcome, started: number, status?: number): void {
    this.metrics?.observeCall(this.name, method, outcome, (performance.now() - started) / 1000, status);
  }

  private expectSuccess<T>(response: UpstreamResponse<T>, method: string, path: string): T {
    if (response.status >= 200 && response.status < 300) return response.body as T;
    throw this.statusError(response, method, path);
  }

  private statusError(
    response: UpstreamResponse<unknown>,
    method: string,
    path: string,
  ): UpstreamStatusError {
    return new UpstreamStatusError(
      this.name,
      response.status,
      response.body,
      response.text,
      `${this.name} answered ${response.status} to ${method} ${buildRequestPath(this.basePath, path)}`,
    );
  }

  private async attemptWithRetries<T>(context: CallContext): Promise<UpstreamResponse<T>> {
    const { method, idempotent } = context.request;
    const maxAttempts = mayRetry(method, idempotent) ? this.retries + 1 : 1;
    let attempt = 1;
    let refreshedToken = false;
    for (;;) {
      const token = await this.tokenFor(context);
      let response: UpstreamResponse<T>;
      try {
        response = await this.exchange<T>(context, token);
      } catch (error) {
        const retryable = error instanceof UpstreamConnectionError && isRetryableConnectionCode(error.code);
        if (!retryable || !(await this.backOffBeforeRetry(attempt, maxAttempts, context))) throw error;
        attempt++;
        continue;
      }
      // A 401 means the request was refused before any work was done, so resending is safe for any method;
      // it is a token refresh, not one of the retries.
      if (response.status === 401 && token !== undefined && !refreshedToken) {
        refreshedToken = true;
        this.options.tokenProvider?.invalidate(token);
        continue;
      }
      if (
        !isRetryableStatus(response.status) ||
        !(await this.backOffBeforeRetry(attempt, maxAttempts, context))
      ) {
        return response;
      }
      attempt++;
    }
  }

  private async tokenFor(context: CallContext): Promise<string | undefined> {
    const provider = this.options.tokenProvider;
    if (!provider || context.request.auth === false) return undefined;
    return withinDeadline(provider.getToken(), context, this.name);
  }

  /** Waits before another attempt, unless none is left or the wait would eat the rest of the call's budget. */
  private async backOffBeforeRetry(
    attempt: number,
    maxAttempts: number,
    context: CallContext,
  ): Promise<boolean> {
    if (attempt >= maxAttempts) return false;
    const delay = backOffDelayMs(attempt);
    if (Date.now() + delay >= context.deadline) return false;
    await sleep(delay);
    return true;
  }

  private async exchange<T>(context: CallContext, token?: string): Promise<UpstreamResponse<T>> {
    const { request, signal } = context;
    const headers = mergeHeaders(
      this.options.headers,
      upstreamCorrelationHeaders(),
      request.headers,
      token === undefined ? undefined : { authorization: `Bearer ${token}` },
    );
    const encoded = encodeBody(request.body, headers);
    try {
      const answer = await this.pool.request({
        method: request.method,
        path: buildRequestPath(this.basePath, request.path, request.query),
        headers: encoded.headers,
        body: encoded.payload,
        signal,
      });
      // The same signal aborts a body that stalls after the headers arrived.
      const bytes = Buffer.from(await answer.body.arrayBuffer());
      return decodeResponse<T>({
        upstream: this.name,
        requestLine: context.requestLine,
        status: answer.statusCode,
        headers: answer.headers,
        bytes,
        binary: request.binary === true,
      });
    } catch (error) {
      throw toUpstreamError(error, {
        upstream: this.name,
        requestLine: context.requestLine,
        timeoutMs: context.timeoutMs,
        timedOut: signal.aborted,
      });
    }
  }
}

/** Bounds a wait that cannot itself be cancelled (the token fetch) by the call's deadline. */
async function withinDeadline<T>(promise: Promise<T>, context: CallContext, upstream: string): Promise<T> {
  const { signal } = context;
  if (signal.aborted) throw new UpstreamTimeoutError(upstream, context.timeoutMs, context.requestLine);
  let onAbort: () => void = () => undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new UpstreamTimeoutError(upstream, context.timeoutMs, context.requestLine));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([promise, aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
