import { ApiPropertyOptional } from '@nestjs/swagger';
import { NullableText } from '../common/optional-properties';

/**
 * Licences and their conditions from Create and Vary a Licence. Classes, so that the same
 * declarations are the OpenAPI schemas.
 */
export class LicenceCondition {
  @NullableText()
  type!: string | null;

  @NullableText()
  code!: string | null;

  @NullableText()
  category!: string | null;

  @NullableText()
  condition!: string | null;
}

/** HEAD's `Licence` leaves out (`@JsonIgnore`) CVL's licence id and the prison number. */
export class Licence {
  @NullableText()
  status!: string | null;

  @NullableText()
  typeCode!: string | null;

  @NullableText()
  createdDate!: string | null;

  @NullableText()
  approvedDate!: string | null;

  @NullableText()
  updatedDate!: string | null;

  @ApiPropertyOptional({ type: [LicenceCondition] })
  conditions!: LicenceCondition[];
}

export class PersonLicences {
  @ApiPropertyOptional()
  hmppsId!: string;

  @NullableText()
  offenderNumber!: string | null;

  @ApiPropertyOptional({ type: [Licence] })
  licences!: Licence[];
}

/** A licence before its conditions are fetched, with the CVL id they are fetched by. */
export type LicenceSummary = Omit<Licence, 'conditions'> & { id: string; offenderNumber: string | null };
