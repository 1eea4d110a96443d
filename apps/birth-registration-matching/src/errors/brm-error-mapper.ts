import { ErrorRequest, MappedError, classifyError } from '@libs/errors';
import { RequestValidationError } from '@libs/platform';
import { BRM_RESPONSE_HEADERS } from '../match/brm-response';
import {
  platformError,
  UNSUPPORTED_MEDIA_TYPE_MESSAGE,
  UnsupportedBodyTypeError,
} from '../match/platform-errors';
import { payloadError } from '../payload/payload-error';
import { BrmError, BrmFailure } from './brm-errors';

function brmAnswer({ status, body }: BrmError): MappedError {
  return { status, body, headers: { ...BRM_RESPONSE_HEADERS } };
}

/**
 * Errors raised before BRM's own code runs (routing, body parsing) keep the Play platform's
 * `{statusCode, message}` shape of the reference. BRM's own errors (`BrmFailure`) get the HMRC
 * `{code, message}` body with the vendor `Accept` header. Parser messages are not echoed, because they can quote the caller's body. A body the DTO refuses gets
 * BRM's own `{code, message}` of the first broken rule in BRM's order.
 */
export function brmErrorMapper(error: unknown, request: ErrorRequest): MappedError {
  if (error instanceof BrmFailure) return brmAnswer(error.error);
  if (error instanceof RequestValidationError) return brmAnswer(payloadError(error));
  if (error instanceof UnsupportedBodyTypeError) {
    return { status: 415, body: platformError(415, UNSUPPORTED_MEDIA_TYPE_MESSAGE) };
  }
  const path = request.url.split('?')[0];
  const kind = classifyError(error, request.method, path);
  switch (kind.kind) {
    case 'route-not-found':
      // Play has no 405: a wrong method on a known path is "not found" too.
      return { status: 404, body: platformError(404, 'URI not found', path) };
    case 'malformed-body':
      return {
        status: 400,
        body: platformError(400, 'Invalid Json: the request body is not well-formed JSON'),
      };
    case 'body-too-large':
      return { status: 413, body: platformError(413, 'Request Entity Too Large') };
    case 'unsupported-media-type':
      return { status: 415, body: platformError(415, UNSUPPORTED_MEDIA_TYPE_MESSAGE) };
    case 'http':
      return { status: kind.status, body: platformError(kind.status, kind.message) };
    case 'unexpected':
      return { status: 500, body: platformError(500, 'An unexpected error occurred.') };
  }
}
