import { ApiPropertyOptional } from '@nestjs/swagger';
import { NullableDate, NullableText } from '../common/optional-properties';
import { SERVICE_SOURCES, ServiceSource, SYSTEM_SOURCES, SystemSource } from './sentence';

/**
 * An offence from NOMIS offence history or an nDelius supervision. A class, so that the
 * same declaration is the OpenAPI schema; the sources are a sentence's.
 */
export class Offence {
  @ApiPropertyOptional({ enum: SERVICE_SOURCES, enumName: 'ServiceSource' })
  serviceSource!: ServiceSource;

  @ApiPropertyOptional({ enum: SYSTEM_SOURCES, enumName: 'SystemSource' })
  systemSource!: SystemSource;

  @NullableText()
  cjsCode!: string | null;

  @NullableText()
  hoCode!: string | null;

  @ApiPropertyOptional({ type: [String], format: 'date' })
  courtDates!: string[];

  @NullableText()
  courtName!: string | null;

  @NullableText()
  description!: string | null;

  @NullableDate()
  endDate!: string | null;

  @NullableDate()
  startDate!: string | null;

  @NullableText()
  statuteCode!: string | null;
}
