import { ApiProperty } from '@nestjs/swagger';

/** A prisoner's current incentive level. A class, so the same declaration is the OpenAPI schema. */
export class IepLevel {
  @ApiProperty({ type: String, nullable: true, example: 'STD' })
  iepCode!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Standard' })
  iepLevel!: string | null;
}
