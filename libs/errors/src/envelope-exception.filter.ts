import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './api-error';

export interface MappedError {
  status: number;
  body: object | string | null;
  headers?: Record<string, string>;
}

/** Turns any thrown value into the app's documented error answer. */
export type ErrorMapper = (error: unknown, request: FastifyRequest) => MappedError;

/**
 * The one exception filter of an app. `ApiError`s pass through untouched; everything else goes
 * through the app's mapper. No stack trace or framework default body ever reaches the caller.
 */
@Catch()
export class EnvelopeExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly mapper: ErrorMapper) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const mapped = this.map(error, request);
    if (mapped.status >= 500) {
      // Only the error's name and message: upstream errors never carry credentials in their message.
      this.logger.error(
        { err: { name: (error as Error)?.name, message: (error as Error)?.message }, status: mapped.status },
        'request failed',
      );
    }
    if (reply.sent) return;
    reply.status(mapped.status);
    for (const [name, value] of Object.entries(mapped.headers ?? {})) reply.header(name, value);
    if (mapped.body === null || mapped.body === '') {
      reply.send();
    } else if (typeof mapped.body === 'string') {
      reply.send(mapped.body);
    } else {
      reply.header('content-type', 'application/json').send(JSON.stringify(mapped.body));
    }
  }

  private map(error: unknown, request: FastifyRequest): MappedError {
    if (error instanceof ApiError) return { status: error.status, body: error.body, headers: error.headers };
    try {
      return this.mapper(error, request);
    } catch (mapperError) {
      this.logger.error({ err: (mapperError as Error)?.message }, 'error mapper failed');
      return { status: 500, body: { status: 500, message: 'Unexpected error' } };
    }
  }
}
