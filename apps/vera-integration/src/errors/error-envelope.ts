import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';

/** Every error answer of the JSON APIs (the HMPPS envelope). */
export class ErrorEnvelope {
  @ApiProperty({ example: 404, description: 'The HTTP status, repeated' })
  status!: number;

  @ApiProperty({ example: 'SHARE_REQUEST_NOT_FOUND', description: 'Stable code to branch on' })
  errorCode!: string;

  @ApiProperty({
    example: 'We could not find this share request. Start a new one.',
    description: 'Plain English for the MIS to show its users: no identifiers, no technical terms',
  })
  userMessage!: string;

  @ApiProperty({
    example: 'No share request 3f2b8c1e-… exists for UKPRN 10001234',
    description: 'For developers: which value or upstream answer caused it',
  })
  developerMessage!: string;

  @ApiPropertyOptional({
    example: '5b0c2d1e-9f7a-4c1b-8e2d-3a4b5c6d7e8f',
    description: 'The request id of this answer (also the x-request-id header): quote it to support',
  })
  moreInfo!: string;
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'VALIDATION_FAILED or MALFORMED_BODY (only after the token and role were accepted)',
  401: 'UNAUTHENTICATED: no token, or not a valid RS256 HMPPS Auth token',
  403: 'FORBIDDEN: the token lacks the role this operation needs',
  404: 'PROVIDER_NOT_FOUND, or the not-found code of the operation',
  409: 'PROVIDER_CONFLICT',
  410: 'SHARE_REQUEST_REJECTED_OR_EXPIRED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE: a body that is not application/json',
  422: 'PROVIDER_CREDENTIALS_REJECTED: Entra refused the credentials; nothing was saved',
  500: 'PROVIDER_SECRET_UNREADABLE or INTERNAL_ERROR',
  502: 'PROVIDER_CREDENTIALS_REJECTED, UPSTREAM_UNAUTHORISED, UPSTREAM_ERROR or UPSTREAM_MALFORMED_RESPONSE',
  503: 'UPSTREAM_UNAVAILABLE or DATABASE_ERROR',
  504: 'UPSTREAM_TIMEOUT',
};

/** Documents error answers as the envelope; `overrides` gives an operation's own wording for a status. */
export function ApiErrorResponses(statuses: number[], overrides: Record<number, string> = {}) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, type: ErrorEnvelope, description: overrides[status] ?? DESCRIPTIONS[status] }),
    ),
  );
}

/** The errors every authenticated JSON operation can answer. */
export const COMMON_ERRORS = [401, 403, 413, 415, 500, 503];
