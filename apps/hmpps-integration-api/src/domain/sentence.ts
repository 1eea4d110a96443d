import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  NullableDate,
  NullableFlag,
  NullableInteger,
  NullableNumber,
  NullableText,
} from '../common/optional-properties';

/**
 * Where a record came from: the upstream (`serviceSource`, HEAD's `UpstreamApi` constant) and the family of
 * systems (`systemSource`).
 */
export const SERVICE_SOURCES = ['PRISON_API', 'NDELIUS'] as const;
export const SYSTEM_SOURCES = ['PRISON_SYSTEMS', 'PROBATION_SYSTEMS'] as const;
export type ServiceSource = (typeof SERVICE_SOURCES)[number];
export type SystemSource = (typeof SYSTEM_SOURCES)[number];

export const PRISON_SOURCE = { serviceSource: 'PRISON_API', systemSource: 'PRISON_SYSTEMS' } as const;
export const PROBATION_SOURCE = { serviceSource: 'NDELIUS', systemSource: 'PROBATION_SYSTEMS' } as const;

/** Classes, so that the same declarations are the OpenAPI schemas. */
export class SentenceTerm {
  @NullableInteger()
  years!: number | null;

  @NullableInteger()
  months!: number | null;

  @NullableInteger()
  weeks!: number | null;

  @NullableInteger()
  days!: number | null;

  @NullableInteger()
  hours!: number | null;

  @NullableText()
  prisonTermCode!: string | null;
}

export class SentenceLength {
  @NullableInteger()
  duration!: number | null;

  @NullableText()
  units!: string | null;

  @ApiPropertyOptional({ type: [SentenceTerm] })
  terms!: SentenceTerm[];
}

/** A sentence from NOMIS or nDelius. */
export class Sentence {
  @ApiPropertyOptional({ enum: SERVICE_SOURCES, enumName: 'ServiceSource' })
  serviceSource!: ServiceSource;

  @ApiPropertyOptional({ enum: SYSTEM_SOURCES, enumName: 'SystemSource' })
  systemSource!: SystemSource;

  @NullableDate()
  dateOfSentencing!: string | null;

  @NullableText()
  description!: string | null;

  @NullableFlag()
  isActive!: boolean | null;

  @ApiPropertyOptional()
  isCustodial!: boolean;

  @NullableNumber()
  fineAmount!: number | null;

  @ApiPropertyOptional({ type: SentenceLength })
  length!: SentenceLength;
}

/** Newest sentencing date first; sentences without a date go last. */
export function byDateOfSentencingDescending(a: Sentence, b: Sentence): number {
  return (b.dateOfSentencing ?? '').localeCompare(a.dateOfSentencing ?? '');
}
