import { ApiProperty } from '@nestjs/swagger';

export const VENDOR_MEDIA_TYPE = 'application/vnd.hmrc.1.0+json';

/** Every BRM-shaped answer carries the vendor `Accept` response header, as the reference's "respond" step does. */
export const BRM_RESPONSE_HEADERS: Readonly<Record<string, string>> = { Accept: VENDOR_MEDIA_TYPE };

export class MatchAnswer {
  @ApiProperty({ description: 'Whether a birth record matches every detail given' })
  readonly matched!: boolean;
}
