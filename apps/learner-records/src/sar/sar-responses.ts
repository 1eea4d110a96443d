import { ApiProperty } from '@nestjs/swagger';

/** One stored decision about a prisoner, history included. */
export class SarMatch {
  @ApiProperty({ example: 1 })
  id!: number;
  @ApiProperty({ example: 'A1234BC' })
  nomisId!: string;
  @ApiProperty({ example: '1026893096', description: '"" for a no-match or an unmatch row' })
  matchedUln!: string;
  @ApiProperty({ example: 'Sample' })
  givenName!: string;
  @ApiProperty({ example: 'Tester' })
  familyName!: string;
  @ApiProperty({ example: 'Exact Match' })
  matchType!: string;
  @ApiProperty({ example: '1' })
  countOfReturnedUlns!: string;
  @ApiProperty({ example: 'Matched' })
  matchStatus!: string;
  @ApiProperty({
    format: 'date-time',
    example: '2025-01-31T14:02:11.123',
    description: 'When the row was stored, as stored: local time without a zone',
  })
  dateCreated!: string;
}

/** `GET /subject-access-request` with something held about the prisoner. */
export class SarContent {
  @ApiProperty({ type: [SarMatch] })
  content!: SarMatch[];
}

/** The HMPPS library's own error body (numeric status), which only this endpoint answers with. */
export class SarErrorBody {
  @ApiProperty({ example: 400 })
  status!: number;
  @ApiProperty({ example: 'One of prn or crn must be supplied.' })
  userMessage!: string;
  @ApiProperty({ example: 'One of prn or crn must be supplied.' })
  developerMessage!: string;
}
