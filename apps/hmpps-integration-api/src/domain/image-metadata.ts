import { ApiPropertyOptional } from '@nestjs/swagger';

/** A class, so that the same declaration is the OpenAPI schema; every field but the id may be null. */
export class ImageMetadata {
  @ApiPropertyOptional({ type: 'integer' })
  id!: number;

  @ApiPropertyOptional({ type: Boolean, nullable: true })
  active!: boolean | null;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  captureDateTime!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  view!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  orientation!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  type!: string | null;
}
