import type { ErrorRequest, HmppsErrorBody, MappedError } from '@libs/errors';
import { HTML_PAGE_HEADERS } from '../pages/html-page.interceptor';
import { errorPage } from '../pages/views/error-page';
import { describeError } from './describe-error';

/** Machine callers (MIS API, admin, platform routes) get JSON; every other address is a page for people. */
const JSON_PREFIXES = ['/api/', '/admin/', '/health', '/metrics', '/info', '/v3/', '/swagger-ui'];

export function isJsonRoute(url: string): boolean {
  return JSON_PREFIXES.some((prefix) => url.startsWith(prefix));
}

/** The app's one error mapper: the documented JSON envelope for the API, an explanatory page otherwise. */
export function veraErrorMapper(error: unknown, request: ErrorRequest): MappedError {
  const problem = describeError(error, request);
  if (!isJsonRoute(request.url)) {
    return {
      status: problem.status,
      body: errorPage(problem, String(request.id)),
      headers: { ...HTML_PAGE_HEADERS },
    };
  }
  const body: HmppsErrorBody = {
    status: problem.status,
    errorCode: problem.errorCode,
    userMessage: problem.userMessage,
    developerMessage: problem.developerMessage,
    moreInfo: null,
  };
  return { status: problem.status, body };
}
