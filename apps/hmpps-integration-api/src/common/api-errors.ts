import { STATUS_CODES } from 'node:http';
import { HmppsErrorBody } from '@libs/errors';
import { currentTraceId } from '@libs/platform';
import { ServiceError } from './service-error';
import { ServiceResult, UpstreamApiError, UpstreamApiErrorType } from './upstream-api-error';

/** The reference's `ErrorResponse`: all five keys always present, messages as the code (not the seed) has them. */
export function errorBody(
  status: number,
  userMessage: string | null,
  developerMessage: string | null,
): HmppsErrorBody {
  return { status, errorCode: null, userMessage, developerMessage, moreInfo: null };
}

/**
 * The same body with the request's trace id in `moreInfo`, as the reference fills it for upstream errors,
 * so that a consumer reporting the error gives support the trace to look up.
 */
export function tracedErrorBody(
  status: number,
  userMessage: string | null,
  developerMessage: string | null,
): HmppsErrorBody {
  return { ...errorBody(status, userMessage, developerMessage), moreInfo: currentTraceId() ?? null };
}

export function badRequest(message: string): ServiceError {
  return new ServiceError('invalid-request', message);
}

export function notFound(message: string): ServiceError {
  return new ServiceError('not-found', message);
}

export function forbiddenByUpstream(message: string): ServiceError {
  return new ServiceError('forbidden-by-upstream', message);
}

export function conflict(message: string): ServiceError {
  return new ServiceError('conflict', message);
}

/** An upstream error no documented status covers: a 5xx naming the upstream instead of a silent 200. */
export function upstreamFailure(error: UpstreamApiError): ServiceError {
  const detail = error.description ? `: ${error.description}` : '';
  return new ServiceError('upstream-failure', `${error.causedBy} answered ${error.type}${detail}`);
}

/** A successful upstream call without data: the reference's "No information provided by upstream system". */
export function noInformation(): ServiceError {
  return new ServiceError('unexpected', 'No information provided by upstream system');
}

export const UPSTREAM_NOT_RESPONDING = 'Unable to complete request as an upstream service is not responding';

/** The reference's answer to each kind of service error. */
export function serviceErrorAnswer(error: ServiceError): { status: number; body: HmppsErrorBody } {
  const message = error.message;
  switch (error.kind) {
    case 'invalid-request':
      return { status: 400, body: errorBody(400, message, `Validation failure: ${message}`) };
    case 'not-found':
      return { status: 404, body: errorBody(404, message, `404 Not found error: ${message}`) };
    case 'filtered-out':
      // HEAD puts a trace reference in moreInfo here; ours is the request's own trace id.
      return { status: 404, body: tracedErrorBody(404, message, null) };
    case 'forbidden-by-upstream':
      return {
        status: 403,
        body: errorBody(403, message, `Forbidden to complete action by upstream service: ${message}`),
      };
    case 'conflict':
      return {
        status: 409,
        body: errorBody(409, message, 'Unable to complete request as this is a duplicate request'),
      };
    case 'upstream-failure':
      return { status: 500, body: tracedErrorBody(500, message, UPSTREAM_NOT_RESPONDING) };
    case 'unexpected':
      return { status: 500, body: errorBody(500, message, `Unexpected error: ${message}`) };
  }
}

/** The message for each error type an operation documents; a type left out becomes a 5xx. */
export interface ErrorMessages {
  badRequest?: string;
  notFound?: string;
  forbidden?: string;
  conflict?: string;
}

/**
 * Turns the errors a service reported into the operation's documented HTTP answer. Errors are looked
 * at in a fixed order (400, 404, 403, 409) so that the most specific answer wins; any error that the
 * operation does not document fails the request rather than being swallowed.
 */
export function throwIfErrors(result: Pick<ServiceResult<unknown>, 'errors'>, messages: ErrorMessages): void {
  if (result.errors.length === 0) return;
  const first = (type: UpstreamApiErrorType) => result.errors.find((error) => error.type === type);
  if (messages.badRequest !== undefined && first(UpstreamApiErrorType.BAD_REQUEST))
    throw badRequest(messages.badRequest);
  if (messages.notFound !== undefined && first(UpstreamApiErrorType.ENTITY_NOT_FOUND))
    throw notFound(messages.notFound);
  if (messages.forbidden !== undefined && first(UpstreamApiErrorType.FORBIDDEN))
    throw forbiddenByUpstream(messages.forbidden);
  if (messages.conflict !== undefined && first(UpstreamApiErrorType.CONFLICT))
    throw conflict(messages.conflict);
  throw upstreamFailure(result.errors[0]);
}

/** The data of a result, once its errors have been turned into the operation's documented answer. */
export function requireData<T>(result: ServiceResult<T | null>, messages: ErrorMessages): T {
  throwIfErrors(result, messages);
  if (result.data === null || result.data === undefined) throw noInformation();
  return result.data;
}

/**
 * Spring Boot's error JSON, which the reference sends for refusals made outside its controllers
 * (consumer authorisation, LAO rejection): `{timestamp, status, error, message, path}`.
 */
export function servletErrorBody(status: number, message: string, path: string) {
  return { timestamp: new Date().toISOString(), status, error: STATUS_CODES[status], message, path };
}

export const FILTER_VIOLATION_MESSAGE = 'The requested resource could not be found';

/**
 * The reference's answer when a consumer filter (prisons, supervision statuses) removes the subject:
 * not found, without saying why. HEAD puts a trace reference in `moreInfo` (a span read once, when its
 * handler class loads); here it is the request's own trace id, which support can look up.
 */
export function filterViolation(): ServiceError {
  return new ServiceError('filtered-out', FILTER_VIOLATION_MESSAGE);
}
