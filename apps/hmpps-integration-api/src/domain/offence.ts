import { ApiPropertyOptional } from '@nestjs/swagger';
import { NullableText } from '../common/optional-properties';
import { ServiceSource, SystemSource } from './sentence';

/**
 * An offence from NOMIS offence history or an nDelius supervision (spec §5.3 #19). A class, so that the
 * same declaration is the OpenAPI schema; the sources are documented as the seed era's free text.
 */
export class Offence {
  @NullableText()
  serviceSource!: ServiceSource;

  @NullableText()
  systemSource!: SystemSource;

  @NullableText()
  cjsCode!: string | null;

  @NullableText()
  hoCode!: string | null;

  @ApiPropertyOptional({ type: [String] })
  courtDates!: string[];

  @NullableText()
  courtName!: string | null;

  @NullableText()
  description!: string | null;

  @NullableText()
  endDate!: string | null;

  @NullableText()
  startDate!: string | null;

  @NullableText()
  statuteCode!: string | null;
}
