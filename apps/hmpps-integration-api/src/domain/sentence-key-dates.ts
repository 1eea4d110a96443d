import { ApiPropertyOptional } from '@nestjs/swagger';
import { NullableDate, NullableInteger, NullableText } from '../common/optional-properties';

/**
 * The key dates and adjustments of a person's latest sentence. Classes, so that the same
 * declarations are the OpenAPI schemas.
 */
export class SentenceKeyDate {
  @NullableDate()
  date!: string | null;

  @NullableDate()
  overrideDate!: string | null;
}

/** HEAD's `SentenceKeyDateWithCalculatedDate`: the key, null included, on the five dates NOMIS calculates. */
export class SentenceKeyDateWithCalculatedDate extends SentenceKeyDate {
  @NullableDate()
  calculatedDate!: string | null;
}

export class SentenceAdjustments {
  @NullableInteger()
  additionalDaysAwarded!: number | null;

  @NullableInteger()
  unlawfullyAtLarge!: number | null;

  @NullableInteger()
  lawfullyAtLarge!: number | null;

  @NullableInteger()
  restoredAdditionalDaysAwarded!: number | null;

  @NullableInteger()
  specialRemission!: number | null;

  @NullableInteger()
  recallSentenceRemand!: number | null;

  @NullableInteger()
  recallSentenceTaggedBail!: number | null;

  @NullableInteger()
  remand!: number | null;

  @NullableInteger()
  taggedBail!: number | null;

  @NullableInteger()
  unusedRemand!: number | null;
}

export class HomeDetentionCurfewDates {
  @NullableDate()
  actualDate!: string | null;

  @NullableDate()
  eligibilityCalculatedDate!: string | null;

  @NullableDate()
  eligibilityDate!: string | null;

  @NullableDate()
  eligibilityOverrideDate!: string | null;

  @NullableDate()
  endDate!: string | null;
}

export class NonDtoReleaseDate {
  @NullableDate()
  date!: string | null;

  @NullableText()
  releaseDateType!: string | null;
}

export class ReleaseDate {
  @NullableDate()
  date!: string | null;

  @NullableDate()
  confirmedDate!: string | null;
}

export class ExpiryDates {
  @NullableDate()
  expiryCalculatedDate!: string | null;

  @NullableDate()
  expiryDate!: string | null;

  @NullableDate()
  expiryOverrideDate!: string | null;

  @NullableDate()
  startDate!: string | null;
}

export class SentenceExpiryDates extends ExpiryDates {
  @NullableDate()
  effectiveEndDate!: string | null;
}

const Group = (type: new () => object) => ApiPropertyOptional({ type, nullable: true });

/** Adjustments first, then every key date; either part is null when NOMIS had none. */
export class LatestSentenceKeyDatesAndAdjustments {
  @Group(SentenceAdjustments)
  adjustments!: SentenceAdjustments | null;

  @Group(SentenceKeyDate)
  automaticRelease!: SentenceKeyDate | null;

  @Group(SentenceKeyDate)
  conditionalRelease!: SentenceKeyDate | null;

  @Group(SentenceKeyDate)
  dtoPostRecallRelease!: SentenceKeyDate | null;

  @Group(SentenceKeyDateWithCalculatedDate)
  earlyTerm!: SentenceKeyDateWithCalculatedDate | null;

  @Group(HomeDetentionCurfewDates)
  homeDetentionCurfew!: HomeDetentionCurfewDates | null;

  @Group(SentenceKeyDateWithCalculatedDate)
  lateTerm!: SentenceKeyDateWithCalculatedDate | null;

  @Group(SentenceKeyDateWithCalculatedDate)
  licenceExpiry!: SentenceKeyDateWithCalculatedDate | null;

  @Group(SentenceKeyDateWithCalculatedDate)
  midTerm!: SentenceKeyDateWithCalculatedDate | null;

  @Group(NonDtoReleaseDate)
  nonDto!: NonDtoReleaseDate | null;

  @Group(SentenceKeyDate)
  nonParole!: SentenceKeyDate | null;

  @Group(SentenceKeyDateWithCalculatedDate)
  paroleEligibility!: SentenceKeyDateWithCalculatedDate | null;

  @Group(SentenceKeyDate)
  postRecallRelease!: SentenceKeyDate | null;

  @Group(ReleaseDate)
  release!: ReleaseDate | null;

  @Group(SentenceExpiryDates)
  sentence!: SentenceExpiryDates | null;

  @Group(ExpiryDates)
  topupSupervision!: ExpiryDates | null;

  @NullableDate()
  actualParoleDate!: string | null;

  @NullableDate()
  earlyRemovalSchemeEligibilityDate!: string | null;

  @NullableDate()
  releaseOnTemporaryLicenceDate!: string | null;

  @NullableDate()
  tariffDate!: string | null;

  @NullableDate()
  tariffEarlyRemovalSchemeEligibilityDate!: string | null;
}

/** The key dates of a sentence as NOMIS gives them, without the adjustments of the prison term. */
export type SentenceKeyDates = Omit<LatestSentenceKeyDatesAndAdjustments, 'adjustments'>;

/**
 * Every key-date field present and null, for a prisoner whose latest sentence has no calculated dates.
 * Typed as every key of `SentenceKeyDates`, so a field added there and not here fails to compile.
 */
export const NO_KEY_DATES: Readonly<{ [K in keyof SentenceKeyDates]: null }> = Object.freeze({
  automaticRelease: null,
  conditionalRelease: null,
  dtoPostRecallRelease: null,
  earlyTerm: null,
  homeDetentionCurfew: null,
  lateTerm: null,
  licenceExpiry: null,
  midTerm: null,
  nonDto: null,
  nonParole: null,
  paroleEligibility: null,
  postRecallRelease: null,
  release: null,
  sentence: null,
  topupSupervision: null,
  actualParoleDate: null,
  earlyRemovalSchemeEligibilityDate: null,
  releaseOnTemporaryLicenceDate: null,
  tariffDate: null,
  tariffEarlyRemovalSchemeEligibilityDate: null,
});
