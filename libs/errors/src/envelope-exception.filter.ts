import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './api-error';

export interface MappedError {
  status: number;
  body: object | string | null;
  headers?: Record<string, string>;
}

/**
 * What a mapper may read of the request. A routed request is a `FastifyRequest`; a request refused
 * before Fastify could parse it (a control character in a header, a slow client) has only what the
 * platform could read of its request line (`url` and `method` may be empty).
 */
export interface ErrorRequest {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

/** Turns any thrown value into the app's documented error answer. */
export type ErrorMapper = (error: unknown, request: ErrorRequest) => MappedError;

/** An error answer ready to write: the body serialised, its content type named. */
export interface RenderedError {
  status: number;
  headers: Record<string, string>;
  /** undefined: no body. */
  payload?: string;
}

const logger = new Logger('Errors');

/**
 * `ApiError`s pass through untouched; everything else goes through the app's mapper (a mapper that fails
 * gives a plain 500). 5xx causes are logged by name and message only. Shared by the exception filter and
 * the platform's answers to requests that never reached a route.
 */
export function renderError(mapper: ErrorMapper, error: unknown, request: ErrorRequest): RenderedError {
  const mapped = mapError(mapper, error, request);
  if (mapped.status >= 500) {
    // Only the error's name and message: upstream errors never carry credentials in their message.
    logger.error(
      { err: { name: (error as Error)?.name, message: (error as Error)?.message }, status: mapped.status },
      'request failed',
    );
  }
  const headers = Object.fromEntries(
    Object.entries(mapped.headers ?? {}).map(([name, value]) => [name, headerSafe(value)]),
  );
  if (mapped.body === null || mapped.body === '') return { status: mapped.status, headers };
  if (typeof mapped.body === 'string') return { status: mapped.status, headers, payload: mapped.body };
  return {
    status: mapped.status,
    headers: { ...headers, 'content-type': 'application/json' },
    payload: JSON.stringify(mapped.body),
  };
}

/**
 * A header value with only what HTTP allows (tab, printable ASCII): a value holding request content
 * with a line break would otherwise make Node refuse the whole answer.
 */
function headerSafe(value: string): string {
  return value.replace(/[^\t\x20-\x7e]/g, '');
}

function mapError(mapper: ErrorMapper, error: unknown, request: ErrorRequest): MappedError {
  if (error instanceof ApiError) return { status: error.status, body: error.body, headers: error.headers };
  try {
    return mapper(error, request);
  } catch (mapperError) {
    logger.error({ err: (mapperError as Error)?.message }, 'error mapper failed');
    return { status: 500, body: { status: 500, message: 'Unexpected error' } };
  }
}

/**
 * The one exception filter of an app, over `renderError`. No stack trace or framework default body ever
 * reaches the caller.
 */
@Catch()
export class EnvelopeExceptionFilter implements ExceptionFilter {
  constructor(readonly mapper: ErrorMapper) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const rendered = renderError(this.mapper, error, request);
    if (reply.sent) return;
    reply.status(rendered.status);
    for (const [name, value] of Object.entries(rendered.headers)) reply.header(name, value);
    reply.send(rendered.payload);
  }
}
