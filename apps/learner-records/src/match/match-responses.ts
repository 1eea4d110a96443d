import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const CHECK_MATCH_STATUS = ['Found', 'NotFound', 'NoMatch'] as const;

/** `GET /match/{nomisId}`: the stored match, or only `status` when there is none. */
export class CheckMatchResponse {
  @ApiPropertyOptional({ example: '1026893096', description: '"" for NoMatch' })
  matchedUln?: string;
  @ApiPropertyOptional({ example: 'Sample' })
  givenName?: string;
  @ApiPropertyOptional({ example: 'Tester' })
  familyName?: string;
  @ApiProperty({ enum: CHECK_MATCH_STATUS, example: 'Found' })
  status!: (typeof CHECK_MATCH_STATUS)[number];
}
