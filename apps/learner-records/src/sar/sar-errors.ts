import { ApiError } from '@libs/errors';
import { RequestValidationError, UNSTORABLE_TEXT } from '@libs/platform';

/** The HMPPS subject-access library's own error body, used by this endpoint only (numeric status). */
export function sarBadRequest(message: string): ApiError {
  return new ApiError(400, { status: 400, userMessage: message, developerMessage: message });
}

/**
 * A refused `SarQuery`, as the library words it: a repeated parameter first (it is refused whatever else
 * is wrong), then the first other problem (text the database cannot hold, a malformed date).
 */
export function sarQueryRefusal(error: RequestValidationError): ApiError {
  const issue = error.issues.find((candidate) => 'isString' in candidate.constraints) ?? error.issues[0];
  const message =
    !issue || UNSTORABLE_TEXT in issue.constraints
      ? `${issue?.path ?? 'query'} must not contain control characters.`
      : Object.values(issue.constraints)[0];
  return sarBadRequest(message);
}
