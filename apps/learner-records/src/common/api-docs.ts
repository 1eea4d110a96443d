import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiProperty, ApiResponse } from '@nestjs/swagger';
import { USERNAME_HEADER } from './checked-request.decorator';

/** The service's error body, as callers receive it. */
export class ErrorEnvelope {
  @ApiProperty({ example: 'BAD_REQUEST', description: 'The HTTP status enum name, not the number' })
  status!: string;
  @ApiProperty({ example: 'Validation Failed' })
  errorCode!: string;
  @ApiProperty({ example: 'Please correct the error and retry' })
  userMessage!: string;
  @ApiProperty({ example: 'Validation(s) failed for [givenName]' })
  developerMessage!: string;
  @ApiProperty({
    example: 'Validation(s) failed for [givenName] with reason(s): [must match "^[A-Za-z\' ,.-]{3,35}$"]',
  })
  moreInfo!: string;
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid path value or body (Validation Failed / Unreadable HTTP message / unknown property) or missing X-Username',
  403: 'The token lacks the required role (checked before the request is validated)',
  404: 'Not found',
  408: 'LRS did not answer in time (Request Timeout)',
  424: 'LRS is under maintenance (DfE API failed to Respond)',
  500: 'LRS returned a SOAP fault (LRS Error) or another failure (Unexpected error)',
};

/**
 * An answer whose body is empty. A class cannot describe "no body", so the one schema that does (empty
 * text) is given here, once: without one a generated client would type the answer as `never`.
 */
export function ApiEmptyResponse(status: number, description: string): MethodDecorator {
  return ApiResponse({
    status,
    description,
    content: { 'text/plain': { schema: { type: 'string', maxLength: 0, description: 'Empty body' } } },
  });
}

/** Documents error answers; 401 has an empty body and a challenge. */
export function ApiErrors(...statuses: number[]): MethodDecorator {
  return applyDecorators(
    ApiEmptyResponse(401, 'Bearer token missing or invalid: empty body, `WWW-Authenticate: Bearer`'),
    ...statuses.map((status) =>
      ApiResponse({ status, type: ErrorEnvelope, description: ERROR_DESCRIPTIONS[status] ?? 'Error' }),
    ),
  );
}

/** Documents the roles (any one suffices; each is a bearer scheme named after the role) and X-Username. */
export function ApiCaller(
  roles: readonly string[],
  options: { username: boolean } = { username: true },
): MethodDecorator {
  return applyDecorators(
    ...roles.map((role) => ApiBearerAuth(role)),
    ...(options.username
      ? [
          ApiHeader({
            name: USERNAME_HEADER,
            required: true,
            description: 'The end user (name or e-mail); sent to LRS and audited. May be empty.',
          }),
        ]
      : []),
  );
}
