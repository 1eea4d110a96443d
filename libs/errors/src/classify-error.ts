import { HttpException } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { MalformedBodyError, RequestRefusedError, UnsupportedMediaTypeError } from './request-errors';

/**
 * What kind of failure an exception is, independent of any envelope. Every app's error mapper starts
 * here so that framework errors (unknown route, bad JSON, oversized body, wrong content type) are
 * recognised in one place and never leak Fastify's or Nest's default bodies.
 */
export type ErrorKind =
  | { kind: 'route-not-found'; method: string; path: string }
  | { kind: 'malformed-body'; message: string }
  | { kind: 'body-too-large' }
  | { kind: 'unsupported-media-type'; contentType: string }
  | { kind: 'http'; status: number; message: string; response: unknown }
  /** `message` is for logs only: it may be database or library text, which never goes into a body. */
  | { kind: 'unexpected'; error: unknown; message: string; database: boolean };

interface FastifyLikeError {
  code?: string;
  statusCode?: number;
  message?: string;
}

const FASTIFY_BODY_ERRORS =
  /^(Body is not valid JSON|Body cannot be empty|Request body size did not match Content-Length)/;

export function classifyError(error: unknown, method = '', path = ''): ErrorKind {
  if (error instanceof MalformedBodyError) return { kind: 'malformed-body', message: error.message };
  if (error instanceof UnsupportedMediaTypeError) {
    return { kind: 'unsupported-media-type', contentType: error.contentType ?? '' };
  }
  if (error instanceof RequestRefusedError) {
    return { kind: 'http', status: error.statusCode, message: error.message, response: undefined };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const message = error.message;
    // Fastify's body-parser errors reach the filters re-wrapped as HttpExceptions: recognise their texts.
    if (status === 404 && /^Cannot [A-Z]+ /.test(message)) return { kind: 'route-not-found', method, path };
    if (status === 413) return { kind: 'body-too-large' };
    if (status === 415) return { kind: 'unsupported-media-type', contentType: message };
    if (status === 400 && FASTIFY_BODY_ERRORS.test(message)) return { kind: 'malformed-body', message };
    return { kind: 'http', status, message, response: error.getResponse() };
  }
  const fastifyError = (error ?? {}) as FastifyLikeError;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { kind: 'malformed-body', message: fastifyError.message ?? 'Malformed request body' };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { kind: 'body-too-large' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return { kind: 'unsupported-media-type', contentType: fastifyError.message ?? '' };
  }
  // `name`, not instanceof: errors from other realms (e.g. a test sandbox) fail instanceof checks.
  if ((error as Error)?.name === 'SyntaxError')
    return { kind: 'malformed-body', message: (error as Error).message };
  if (
    typeof fastifyError.statusCode === 'number' &&
    fastifyError.statusCode >= 400 &&
    fastifyError.statusCode < 500
  ) {
    // Fastify's own texts can quote the request (e.g. "'/x%' is not a valid url component"): the
    // status's reason phrase is shown instead.
    const message = fastifyError.code?.startsWith('FST_')
      ? (STATUS_CODES[fastifyError.statusCode] ?? 'Bad Request')
      : (fastifyError.message ?? '');
    return { kind: 'http', status: fastifyError.statusCode, message, response: undefined };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'unexpected', error, message, database: isDatabaseError(error) };
}

/**
 * TypeORM's errors (all extend `TypeORMError`) and the pg driver's (`DatabaseError`, with a SQLSTATE
 * `code` and a `severity`): their texts name tables, columns, values and SQL.
 */
function isDatabaseError(error: unknown): boolean {
  for (let type = Object.getPrototypeOf(error ?? {}); type; type = Object.getPrototypeOf(type)) {
    if (type.constructor?.name === 'TypeORMError') return true;
  }
  // `throw undefined` and `throw null` reach here too, and must still be classified.
  const driver = (error ?? {}) as { code?: unknown; severity?: unknown };
  return (
    typeof driver.code === 'string' &&
    /^[0-9A-Z]{5}$/.test(driver.code) &&
    typeof driver.severity === 'string'
  );
}
