import { throwIfErrors } from '../common/api-errors';
import { hasError, ServiceResult, UpstreamApiErrorType } from '../common/upstream-api-error';

/**
 * For merges where one side may have nothing: a 404 gives `fallback`; any other reported error fails the
 * request (a 5xx naming the upstream) rather than being swallowed.
 */
export function dataUnlessNotFound<T>(result: ServiceResult<T>, fallback: T): T {
  if (result.errors.length === 0) return result.data;
  if (!hasError(result, UpstreamApiErrorType.ENTITY_NOT_FOUND)) throwIfErrors(result, {});
  return fallback;
}
