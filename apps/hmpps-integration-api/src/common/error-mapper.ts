import { ErrorRequest, MappedError, classifyError } from '@libs/errors';
import { NOT_AN_OBJECT, RequestValidationError, UNSTORABLE_TEXT } from '@libs/platform';
import { UpstreamError, UpstreamStatusError } from '@libs/upstream';
import {
  badRequest,
  errorBody,
  serviceErrorAnswer,
  tracedErrorBody,
  UPSTREAM_NOT_RESPONDING,
} from './api-errors';
import { bodyValidationError } from './request-body';
import { ServiceError } from './service-error';

const HMPPS_AUTH = 'hmpps-auth';

function answer(status: number, userMessage: string, developerMessage: string): MappedError {
  return { status, body: errorBody(status, userMessage, developerMessage) };
}

/**
 * Every error not already thrown as an `ApiError` becomes the reference's `ErrorResponse`,
 * with the defects fixed (fidelity policy): framework errors (unknown route, malformed body, wrong
 * method) keep their 4xx status instead of the reference's catch-all 500, and upstream failures name
 * the upstream.
 */
export function mapError(error: unknown, request: ErrorRequest): MappedError {
  if (error instanceof ServiceError) return serviceErrorAnswer(error);
  if (error instanceof UpstreamError) return mapUpstreamError(error);
  if (error instanceof RequestValidationError) return mapValidationError(error);
  const kind = classifyError(error, request.method, request.url);
  switch (kind.kind) {
    case 'route-not-found':
      return answer(
        404,
        `No endpoint ${kind.method} ${kind.path}`,
        `404 Not found error: No endpoint ${kind.method} ${kind.path}`,
      );
    case 'malformed-body':
      return answer(400, 'Malformed request body', `Validation failure: ${kind.message}`);
    case 'body-too-large':
      return answer(413, 'Request body too large', 'Request body too large');
    case 'unsupported-media-type':
      return answer(415, 'Unsupported media type', `Unsupported media type: ${kind.contentType}`);
    case 'http':
      return answer(kind.status, kind.message, kind.message);
    case 'unexpected':
      // The cause's own text (SQL, a driver or library message) is logged, never answered.
      return answer(
        500,
        'Unexpected error',
        `Unexpected error: ${kind.database ? 'Database error' : 'Internal error'}`,
      );
  }
}

/**
 * HMPPS Auth trouble is a 502 as in the reference; any other upstream failure (status the
 * operation does not document, timeout, refused connection, open circuit) is a 500 naming the upstream,
 * with the trace id in `moreInfo`.
 */
function mapUpstreamError(error: UpstreamError): MappedError {
  if (error.upstream === HMPPS_AUTH) {
    const developerMessage =
      error instanceof UpstreamStatusError && error.status === 401
        ? `Authentication error: Invalid credentials used for ${HMPPS_AUTH}.`
        : `Authentication error: ${HMPPS_AUTH} is unavailable.`;
    return answer(502, error.message, developerMessage);
  }
  return { status: 500, body: tracedErrorBody(500, error.message, UPSTREAM_NOT_RESPONDING) };
}

/** How the reference names a path or query parameter in its "Invalid …" messages. */
const PARAMETER_LABELS: Record<string, string> = { jobid: 'job id', hmppsId: 'HMPPS ID' };

const NOT_AN_OBJECT_ITEM = 'Each item of the request body must be a JSON object';

/**
 * The platform's validation: a body breaking its DTO's rules is the reference's `ValidationErrorResponse`
 * (every message); a bad query or path parameter the usual 400, as the reference's own checks word it
 * (`Invalid job id: "…"` for text that cannot be stored).
 */
function mapValidationError(error: RequestValidationError): MappedError {
  if (error.location === 'body') {
    const messages = [
      ...new Set(
        error.issues.flatMap((issue) =>
          NOT_AN_OBJECT in issue.constraints
            ? [issue.path === '' ? 'Request body must be a JSON object' : NOT_AN_OBJECT_ITEM]
            : Object.values(issue.constraints),
        ),
      ),
    ];
    const refusal = bodyValidationError(messages);
    return { status: refusal.status, body: refusal.body };
  }
  const message = error.issues
    .map((issue) =>
      UNSTORABLE_TEXT in issue.constraints
        ? `Invalid ${PARAMETER_LABELS[issue.path] ?? issue.path}: ${JSON.stringify(issue.value)}`
        : Object.values(issue.constraints).join('; '),
    )
    .join('; ');
  return serviceErrorAnswer(badRequest(message));
}
