import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Level, Logger } from 'pino';
import { activeSpanContext } from './tracing/active-span';
import { continueTrace, type TraceContext } from './tracing/traceparent';

/** What the platform knows of the request being served: its id and its trace. */
export interface RequestContext {
  readonly id: string;
  readonly trace: TraceContext;
}

/**
 * What a request's code logs through: a child of the root carrying the request's id, method and route
 * (and any fields added for the request), made only when something logs: most requests log nothing, and
 * a child logger costs more than the rest of the request's logging.
 */
class RequestLogStore implements RequestContext {
  private child?: Logger;
  private fields: Record<string, unknown> = {};

  constructor(
    private readonly root: Logger,
    private readonly req: { id: string; method: string; route: string },
    readonly trace: TraceContext,
  ) {}

  get id(): string {
    return this.req.id;
  }

  /** The request's child of `root`, or undefined when this request belongs to another app's root. */
  loggerOf(root: Logger): Logger | undefined {
    if (root !== this.root) return undefined;
    return (this.child ??= this.root.child({ req: this.req, ...this.fields }));
  }

  addFields(fields: Record<string, unknown>): void {
    if (this.child) this.child = this.child.child(fields);
    else this.fields = { ...this.fields, ...fields };
  }
}

const storage = new AsyncLocalStorage<RequestLogStore | undefined>();

/** The current request's logger over `root` (made on first use), or undefined outside a request. */
export function requestLogger(root: Logger): Logger | undefined {
  return storage.getStore()?.loggerOf(root);
}

/**
 * Adds fields to every later log line of the current request, without making a logger until one is used.
 * Outside a request it does nothing.
 */
export function addRequestLogFields(fields: Record<string, unknown>): void {
  storage.getStore()?.addFields(fields);
}

/** The request being served in this async context, if any. */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

/**
 * The request's trace: the OpenTelemetry span's when tracing runs (it has already continued the caller's
 * trace), otherwise the caller's `traceparent` continued, or a new trace, so that correlation across
 * services works without an exporter too.
 */
function traceOf(request: FastifyRequest): TraceContext {
  return activeSpanContext() ?? continueTrace(request.headers.traceparent, request.headers.tracestate);
}

function traceFields(trace: TraceContext | undefined): Record<string, string> {
  return trace ? { trace_id: trace.traceId, span_id: trace.spanId } : {};
}

function levelOf(statusCode: number): Level {
  return statusCode >= 500 ? 'error' : statusCode >= 400 ? 'warn' : 'info';
}

/**
 * One log line per request, at `info` (2xx/3xx), `warn` (4xx) or `error` (5xx), with the route pattern
 * rather than the URL: paths and query strings carry personal identifiers (ULN, NOMIS number, CRN,
 * names in searches) that must not reach the logs. No headers either (credentials, usernames, consumer
 * names). Nothing is built for a line the level would drop.
 */
export function logRequests(fastify: FastifyInstance, root: Logger): void {
  // A request's context stays with its kept-alive connection: cleared as each next request arrives (in
  // the same context, ahead of Fastify), one that fails before routing, hence before onRequest, logs
  // under no request rather than the previous one's.
  fastify.server.prependListener('request', () => storage.enterWith(undefined));
  const traces = new WeakMap<FastifyRequest, TraceContext>();
  fastify.addHook('onRequest', (request: FastifyRequest, _reply: FastifyReply, done: () => void) => {
    const req = { id: request.id, method: request.method, route: request.routeOptions.url ?? 'unmatched' };
    const trace = traceOf(request);
    traces.set(request, trace);
    // The rest of this request (body parsing, guards, handler) runs in this context.
    storage.enterWith(new RequestLogStore(root, req, trace));
    done();
  });
  fastify.addHook('onResponse', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    const level = levelOf(reply.statusCode);
    if (root.isLevelEnabled(level)) {
      root[level](
        {
          req: { id: request.id, method: request.method, route: request.routeOptions.url ?? 'unmatched' },
          res: { statusCode: reply.statusCode },
          responseTime: Math.round(reply.elapsedTime),
          // The request's own ids: this hook may run outside the request's context.
          ...traceFields(traces.get(request)),
        },
        'request completed',
      );
    }
    done();
  });
}
