import { ApiPropertyOptional } from '@nestjs/swagger';
import { NullableInteger, NullableText } from '../common/optional-properties';

/**
 * The key dates and adjustments of a person's latest sentence (spec §5.3 #18). Classes, so that the same
 * declarations are the OpenAPI schemas.
 */
export class SentenceKeyDate {
  @NullableText()
  date!: string | null;

  @NullableText()
  overrideDate!: string | null;
}

/** HEAD's `SentenceKeyDateWithCalculatedDate`: the key, null included, on the five dates NOMIS calculates. */
export class SentenceKeyDateWithCalculatedDate extends SentenceKeyDate {
  @NullableText()
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
  @NullableText()
  actualDate!: string | null;

  @NullableText()
  eligibilityCalculatedDate!: string | null;

  @NullableText()
  eligibilityDate!: string | null;

  @NullableText()
  eligibilityOverrideDate!: string | null;

  @NullableText()
  endDate!: string | null;
}

export class NonDtoReleaseDate {
  @NullableText()
  date!: string | null;

  @NullableText()
  releaseDateType!: string | null;
}

export class ReleaseDate {
  @NullableText()
  date!: string | null;

  @NullableText()
  confirmedDate!: string | null;
}

export class ExpiryDates {
  @NullableText()
  expiryCalculatedDate!: string | null;

  @NullableText()
  expiryDate!: string | null;

  @NullableText()
  expiryOverrideDate!: string | null;

  @NullableText()
  startDate!: string | null;
}

export class SentenceExpiryDates extends ExpiryDates {
  @NullableText()
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

  @NullableText()
  actualParoleDate!: string | null;

  @NullableText()
  earlyRemovalSchemeEligibilityDate!: string | null;

  @NullableText()
  releaseOnTemporaryLicenceDate!: string | null;

  @NullableText()
  tariffDate!: string | null;

  @NullableText()
  tariffEarlyRemovalSchemeEligibilityDate!: string | null;
}

/** The key dates of a sentence as NOMIS gives them, without the adjustments of the prison term. */
export type SentenceKeyDates = Omit<LatestSentenceKeyDatesAndAdjustments, 'adjustments'>;
