import { BadRequestException } from '@nestjs/common';
import { ForbiddenRoleError, MissingHeaderError, UnauthenticatedError } from '@libs/auth';
import { ErrorRequest, classifyError, httpStatusName } from '@libs/errors';
import {
  UpstreamCircuitOpenError,
  UpstreamConnectionError,
  UpstreamError,
  UpstreamMalformedResponseError,
  UpstreamStatusError,
  UpstreamTimeoutError,
} from '@libs/upstream';
import { QueryFailedError } from 'typeorm';
import { UnknownSecretKeyError } from '../crypto/secret-cipher';
import { describeDatabaseError } from './database-problem';
import { VeraProblem } from './vera-problem';
import { ENTRA_UPSTREAM, VERA_UPSTREAM } from '../upstream/upstream-names';

/** Names as they appear to callers: which outside system failed. */
const UPSTREAM_LABEL: Record<string, string> = {
  [ENTRA_UPSTREAM]: 'Microsoft Entra ID (DfE sign-in for APIs)',
  [VERA_UPSTREAM]: 'DfE VERA',
};

function label(error: UpstreamError): string {
  return UPSTREAM_LABEL[error.upstream] ?? error.upstream;
}

function describeUpstream(error: UpstreamError): VeraProblem {
  if (error instanceof UpstreamStatusError && error.upstream === ENTRA_UPSTREAM && error.status < 500) {
    return new VeraProblem(
      502,
      'PROVIDER_CREDENTIALS_REJECTED',
      "DfE did not accept this provider's credentials. Ask an administrator to check the provider's client id and secret.",
      error.message,
    );
  }
  if (error instanceof UpstreamStatusError && (error.status === 401 || error.status === 403)) {
    return new VeraProblem(
      502,
      'UPSTREAM_UNAUTHORISED',
      'DfE VERA refused this provider even with a fresh token. The provider may not be set up for VERA yet.',
      error.message,
    );
  }
  if (error instanceof UpstreamTimeoutError) {
    return new VeraProblem(
      504,
      'UPSTREAM_TIMEOUT',
      `${label(error)} did not answer in time. Try again in a few minutes.`,
      error.message,
    );
  }
  if (error instanceof UpstreamCircuitOpenError || error instanceof UpstreamConnectionError) {
    return new VeraProblem(
      503,
      'UPSTREAM_UNAVAILABLE',
      `${label(error)} cannot be reached at the moment. Try again in a few minutes.`,
      error.message,
    );
  }
  if (error instanceof UpstreamMalformedResponseError) {
    return new VeraProblem(
      502,
      'UPSTREAM_MALFORMED_RESPONSE',
      `${label(error)} sent an answer we could not read.`,
      error.message,
    );
  }
  return new VeraProblem(
    502,
    'UPSTREAM_ERROR',
    `${label(error)} had a problem answering. Try again in a few minutes.`,
    error.message,
  );
}

function validationMessages(response: unknown): string {
  const message = (response as { message?: unknown } | undefined)?.message;
  return Array.isArray(message) ? message.join('; ') : String(message ?? 'Invalid request');
}

/** What went wrong, as status + code + messages, for whichever format the caller gets. */
export function describeError(error: unknown, request: ErrorRequest): VeraProblem {
  if (error instanceof VeraProblem) return error;
  if (error instanceof UpstreamError) return describeUpstream(error);
  if (error instanceof UnauthenticatedError) {
    return new VeraProblem(
      401,
      'UNAUTHENTICATED',
      'A valid HMPPS Auth bearer token is required.',
      error.reason,
    );
  }
  if (error instanceof ForbiddenRoleError) {
    return new VeraProblem(
      403,
      'FORBIDDEN',
      'The token does not carry a role this endpoint needs.',
      `Needs one of ${error.requiredRoles.join(', ')}`,
    );
  }
  if (error instanceof MissingHeaderError) return new VeraProblem(400, 'VALIDATION_FAILED', error.message);
  if (error instanceof UnknownSecretKeyError) {
    // The operator retired a key too early: name the key (never the secret) so they know which to restore.
    return new VeraProblem(
      500,
      'PROVIDER_SECRET_UNREADABLE',
      "This provider's stored DfE credentials cannot be read. Ask an administrator to check VERA_SECRET_KEYS.",
      error.message,
    );
  }
  if (error instanceof QueryFailedError) return describeDatabaseError(error);
  const kind = classifyError(error, request.method, request.url.split('?')[0]);
  switch (kind.kind) {
    case 'route-not-found':
      return new VeraProblem(
        404,
        'NOT_FOUND',
        'There is nothing at this address.',
        `No route for ${kind.method} ${kind.path}`,
      );
    case 'malformed-body':
      return new VeraProblem(400, 'MALFORMED_BODY', 'The request body could not be read.', kind.message);
    case 'body-too-large':
      return new VeraProblem(413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.');
    case 'unsupported-media-type':
      return new VeraProblem(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'Send the request body as JSON.',
        kind.contentType,
      );
    case 'http':
      if (error instanceof BadRequestException) {
        return new VeraProblem(
          400,
          'VALIDATION_FAILED',
          'The request is not valid.',
          validationMessages(kind.response),
        );
      }
      return new VeraProblem(kind.status, httpStatusName(kind.status), kind.message, kind.message);
    case 'unexpected':
      return new VeraProblem(500, 'INTERNAL_ERROR', 'Something went wrong on our side.', 'Unexpected error');
  }
}
