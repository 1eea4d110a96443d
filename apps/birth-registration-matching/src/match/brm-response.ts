import { ApiProperty } from '@nestjs/swagger';
import type { HmrcErrorBody } from '@libs/errors';
import { BrmErrors } from '../errors/brm-errors';

export const VENDOR_MEDIA_TYPE = 'application/vnd.hmrc.1.0+json';

/** Every BRM-shaped answer carries the vendor `Accept` response header, as the reference's "respond" step does. */
export const BRM_RESPONSE_HEADERS: Readonly<Record<string, string>> = { Accept: VENDOR_MEDIA_TYPE };

export class MatchAnswer {
  @ApiProperty({ description: 'Whether a birth record matches every detail given' })
  readonly matched!: boolean;
}

/** BRM's own error answers: one code of the catalogue and its fixed message. */
export class BrmErrorBody implements HmrcErrorBody {
  @ApiProperty({
    enum: [...new Set(Object.values(BrmErrors).map((error) => error.body.code))],
    example: 'INVALID_FIRSTNAME',
  })
  readonly code!: string;

  @ApiProperty({ example: 'Provided firstName is invalid.' })
  readonly message!: string;
}
