import { ErrorMessages } from './api-errors';
import { ServiceResult } from './upstream-api-error';

/**
 * HEAD's words for an upstream's 400 and 404 where it passes them on: "Bad request from upstream …" and
 * "Entity not found …", followed by the first error's description when there is one.
 */
export function upstreamErrorMessages(result: Pick<ServiceResult<unknown>, 'errors'>): ErrorMessages {
  const detail = result.errors[0]?.description;
  const suffix = detail ? ` ${detail}` : '';
  return { badRequest: `Bad request from upstream${suffix}`, notFound: `Entity not found${suffix}` };
}
