import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * The Play platform's own error shape, used by the reference for failures before BRM's code runs:
 * unknown routes, unreadable bodies and wrong content types.
 */
export class PlatformErrorBody {
  @ApiProperty({ description: 'The HTTP status again', example: 415 })
  readonly statusCode!: number;

  @ApiProperty({ example: 'Expecting text/json or application/json body' })
  readonly message!: string;

  @ApiPropertyOptional({ description: 'The path asked for (unknown routes only)' })
  readonly requested?: string;
}

export const UNSUPPORTED_MEDIA_TYPE_MESSAGE = 'Expecting text/json or application/json body';

const JSON_MEDIA_TYPES = new Set(['application/json', 'text/json']);

/** `application/json` or `text/json`, any case, parameters such as `charset` allowed. */
export function isJsonMediaType(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';')[0].trim().toLowerCase();
  return mediaType !== undefined && JSON_MEDIA_TYPES.has(mediaType);
}

export function platformError(statusCode: number, message: string, requested?: string): PlatformErrorBody {
  return requested === undefined ? { statusCode, message } : { statusCode, message, requested };
}

/** A match request whose body is not declared as JSON (a body-less POST has no parser to refuse it). */
export class UnsupportedBodyTypeError extends Error {
  constructor() {
    super(UNSUPPORTED_MEDIA_TYPE_MESSAGE);
    this.name = 'UnsupportedBodyTypeError';
  }
}
