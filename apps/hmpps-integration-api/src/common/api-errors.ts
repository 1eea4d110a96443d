import { STATUS_CODES } from 'node:http';
import { ApiError, HmppsErrorBody } from '@libs/errors';
import { currentTraceId } from '@libs/platform';
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

export function badRequest(message: string): ApiError {
  return new ApiError(400, errorBody(400, message, `Validation failure: ${message}`));
}

export function notFound(message: string): ApiError {
  return new ApiError(404, errorBody(404, message, `404 Not found error: ${message}`));
}

export function forbiddenByUpstream(message: string): ApiError {
  return new ApiError(
    403,
    errorBody(403, message, `Forbidden to complete action by upstream service: ${message}`),
  );
}

export function conflict(message: string): ApiError {
  return new ApiError(
    409,
    errorBody(409, message, 'Unable to complete request as this is a duplicate request'),
  );
}

/** An upstream error no documented status covers: a 5xx naming the upstream instead of a silent 200. */
export function upstreamFailure(error: UpstreamApiError): ApiError {
  const detail = error.description ? `: ${error.description}` : '';
  return new ApiError(
    500,
    tracedErrorBody(
      500,
      `${error.causedBy} answered ${error.type}${detail}`,
      'Unable to complete request as an upstream service is not responding',
    ),
  );
}

/** A successful upstream call without data: the reference's "No information provided by upstream system". */
export function noInformation(): ApiError {
  const message = 'No information provided by upstream system';
  return new ApiError(500, errorBody(500, message, `Unexpected error: ${message}`));
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
 * not found, without saying why.
 */
export function filterViolation(): ApiError {
  return new ApiError(404, errorBody(404, FILTER_VIOLATION_MESSAGE, null));
}
