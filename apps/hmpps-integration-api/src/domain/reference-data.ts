import { ApiExtraModels, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';

/** Classes, so that the same declarations are the OpenAPI schemas. */
export class ReferenceCode {
  @ApiPropertyOptional()
  code!: string;

  @ApiPropertyOptional()
  description!: string;
}

/** Category (e.g. PHONE_TYPE) → its codes, categories in the upstream's order. */
export type ReferenceDataCategories = Record<string, ReferenceCode[]>;

/** A map has no class of its own: its values (lists of `ReferenceCode`) are named here. */
const Categories = () =>
  ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'array', items: { $ref: getSchemaPath(ReferenceCode) } },
  });

@ApiExtraModels(ReferenceCode)
export class ReferenceData {
  @Categories()
  prisonReferenceData!: ReferenceDataCategories;

  @Categories()
  probationReferenceData!: ReferenceDataCategories;
}
