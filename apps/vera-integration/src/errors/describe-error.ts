import { BadRequestException, HttpException } from '@nestjs/common';
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
import { describeFailure, invalidRequest, problem, VeraFailure, VeraProblem } from './vera-problem';
import { ENTRA_UPSTREAM, VERA_UPSTREAM } from '../upstream/upstream-names';

/** Names as they appear to people: which outside system failed. */
const UPSTREAM_LABEL: Record<string, string> = {
  [ENTRA_UPSTREAM]: 'The DfE sign-in service for education records (Microsoft Entra ID)',
  [VERA_UPSTREAM]: 'The DfE education record service (VERA)',
};

function label(error: UpstreamError): string {
  return UPSTREAM_LABEL[error.upstream] ?? error.upstream;
}

function describeUpstream(error: UpstreamError): VeraProblem {
  if (error instanceof UpstreamStatusError && error.upstream === ENTRA_UPSTREAM && error.status < 500) {
    return problem(
      502,
      'PROVIDER_CREDENTIALS_REJECTED',
      "DfE did not accept your organisation's credentials. Ask an administrator to check them.",
      error.message,
    );
  }
  if (error instanceof UpstreamStatusError && (error.status === 401 || error.status === 403)) {
    return problem(
      502,
      'UPSTREAM_UNAUTHORISED',
      'DfE refused requests from your organisation. It may not be set up with DfE for education records yet.',
      error.message,
    );
  }
  if (error instanceof UpstreamTimeoutError) {
    return problem(
      504,
      'UPSTREAM_TIMEOUT',
      `${label(error)} did not answer in time. Try again in a few minutes.`,
      error.message,
    );
  }
  if (error instanceof UpstreamCircuitOpenError || error instanceof UpstreamConnectionError) {
    return problem(
      503,
      'UPSTREAM_UNAVAILABLE',
      `${label(error)} cannot be reached at the moment. Try again in a few minutes.`,
      error.message,
    );
  }
  if (error instanceof UpstreamMalformedResponseError) {
    return problem(
      502,
      'UPSTREAM_MALFORMED_RESPONSE',
      `${label(error)} sent an answer this service could not read. Try again in a few minutes.`,
      error.message,
    );
  }
  return problem(
    502,
    'UPSTREAM_ERROR',
    `${label(error)} had a problem answering. Try again in a few minutes.`,
    error.message,
  );
}

/**
 * @fastify/csrf-protection's refusals (FST_CSRF_MISSING_SECRET, FST_CSRF_INVALID_TOKEN); raised in a hook,
 * they reach the filter re-wrapped by Nest as a 403 HttpException that keeps only their message.
 */
const CSRF_MESSAGES = new Set(['Missing csrf secret', 'Invalid csrf token']);

function isCsrfRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'FST_CSRF_MISSING_SECRET' || code === 'FST_CSRF_INVALID_TOKEN') return true;
  return error instanceof HttpException && error.getStatus() === 403 && CSRF_MESSAGES.has(error.message);
}

function validationMessages(response: unknown): string {
  const message = (response as { message?: unknown } | undefined)?.message;
  return Array.isArray(message) ? message.join('; ') : String(message ?? 'Invalid request');
}

/** What went wrong, as status + code + messages, for whichever format the caller gets. */
export function describeError(error: unknown, request: ErrorRequest): VeraProblem {
  if (error instanceof VeraFailure) return describeFailure(error);
  if (error instanceof UpstreamError) return describeUpstream(error);
  if (error instanceof UnauthenticatedError) {
    return problem(
      401,
      'UNAUTHENTICATED',
      'The request could not be authorised.',
      `A valid HMPPS Auth bearer token is required: ${error.reason}`,
    );
  }
  if (error instanceof ForbiddenRoleError) {
    return problem(
      403,
      'FORBIDDEN',
      'This system is not allowed to do that.',
      `The token lacks the role this operation needs: one of ${error.requiredRoles.join(', ')}`,
    );
  }
  if (error instanceof MissingHeaderError) return describeFailure(invalidRequest(error.message));
  if (error instanceof UnknownSecretKeyError) {
    // The operator retired a key too early: name the key (never the secret) so they know which to restore.
    return problem(
      500,
      'PROVIDER_SECRET_UNREADABLE',
      "Your organisation's stored DfE credentials cannot be read. Ask an administrator for help.",
      error.message,
    );
  }
  if (error instanceof QueryFailedError) return describeDatabaseError(error);
  if (isCsrfRefusal(error)) {
    return problem(
      403,
      'CSRF_TOKEN_INVALID',
      'The form was not sent from this service, or it has expired.',
      'Missing or invalid CSRF token',
    );
  }
  const kind = classifyError(error, request.method, request.url.split('?')[0]);
  switch (kind.kind) {
    case 'route-not-found':
      return problem(
        404,
        'NOT_FOUND',
        'There is nothing at this address.',
        `No route for ${kind.method} ${kind.path}`,
      );
    case 'malformed-body':
      return problem(400, 'MALFORMED_BODY', 'The request could not be read.', kind.message);
    case 'body-too-large':
      return problem(413, 'PAYLOAD_TOO_LARGE', 'The request is too large.', 'Body over the size limit');
    case 'unsupported-media-type':
      return problem(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'The request was not sent in a format this service accepts.',
        `Send application/json (${kind.contentType})`,
      );
    case 'http':
      if (error instanceof BadRequestException) {
        return describeFailure(invalidRequest(validationMessages(kind.response)));
      }
      return problem(
        kind.status,
        httpStatusName(kind.status),
        'The request could not be completed.',
        kind.message,
      );
    case 'unexpected':
      return problem(500, 'INTERNAL_ERROR', 'Something went wrong on our side.', 'Unexpected error');
  }
}
