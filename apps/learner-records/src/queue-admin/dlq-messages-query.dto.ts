import { ToInteger } from '@libs/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const DEFAULT_MAX_MESSAGES = 100;
const message = "Invalid value for 'maxMessages': must be a whole number of at least 1";

/**
 * `maxMessages`: a whole number from 1 up to the largest integer JavaScript holds exactly, or absent
 * (100). `99999999999999999999` would otherwise reach PostgreSQL, which refuses it with its own text.
 */
export class DlqMessagesQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, default: DEFAULT_MAX_MESSAGES })
  // An empty value means the default, as it did for the reference.
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  @ToInteger()
  @IsOptional()
  @IsInt({ message })
  @Min(1, { message })
  @Max(Number.MAX_SAFE_INTEGER, { message })
  maxMessages?: number;
}
