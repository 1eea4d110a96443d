import { ApiPropertyOptional } from '@nestjs/swagger';

/**
 * A class, so that the same declaration is the OpenAPI schema. The document has described every field as
 * present since the seed era, although all but the id may be null.
 */
export class ImageMetadata {
  @ApiPropertyOptional({ type: 'integer' })
  id!: number;

  @ApiPropertyOptional({ type: Boolean })
  active!: boolean | null;

  @ApiPropertyOptional({ type: String })
  captureDateTime!: string | null;

  @ApiPropertyOptional({ type: String })
  view!: string | null;

  @ApiPropertyOptional({ type: String })
  orientation!: string | null;

  @ApiPropertyOptional({ type: String })
  type!: string | null;
}
