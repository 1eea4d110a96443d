import { ApiProperty } from '@nestjs/swagger';

export class CourtType {
  @ApiProperty({ type: String, nullable: true, example: 'COU' })
  courtType!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'County Court/County Divorce Ct' })
  courtName!: string | null;
}

export class Court {
  @ApiProperty({ type: String, nullable: true, example: 'ACCRYC' })
  courtId!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Accrington Youth Court' })
  courtName!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Accrington Youth Court' })
  courtDescription!: string | null;

  @ApiProperty({ type: CourtType, nullable: true })
  type!: CourtType | null;

  @ApiProperty({ type: Boolean, nullable: true, example: true })
  active!: boolean | null;

  @ApiProperty({ type: String, nullable: true, example: 'faa91bb2-19cb-384b-bcc1-06d31d12cc67' })
  cpCourtUuid!: string | null;
}
