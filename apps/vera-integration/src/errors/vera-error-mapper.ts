import type { ErrorRequest, HmppsErrorBody, MappedError } from '@libs/errors';
import { isJsonRoute } from '../common/routes';
import { errorPage } from '../pages/error-page';
import { describeError } from './describe-error';

/** Which addresses answer JSON (the test suites decide envelopes by the same rule). */
export { isJsonRoute };

/** The app's one error mapper: the documented JSON envelope for the API, an explanatory page otherwise. */
export function veraErrorMapper(error: unknown, request: ErrorRequest): MappedError {
  const problem = describeError(error, request);
  if (!isJsonRoute(request.url)) {
    return {
      status: problem.status,
      body: errorPage(problem, request),
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    };
  }
  const body: HmppsErrorBody = {
    status: problem.status,
    errorCode: problem.errorCode,
    userMessage: problem.userMessage,
    developerMessage: problem.developerMessage,
    // The support reference, as on the pages: the same id as the x-request-id header and the log lines.
    moreInfo: String(request.id),
  };
  return { status: problem.status, body };
}
