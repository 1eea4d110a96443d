/** The key dates and adjustments of a person's latest sentence (spec §5.3 #18). */
export interface SentenceKeyDate {
  date: string | null;
  overrideDate: string | null;
}

/** HEAD's `SentenceKeyDateWithCalculatedDate`: the key, null included, on the five dates NOMIS calculates. */
export interface SentenceKeyDateWithCalculatedDate extends SentenceKeyDate {
  calculatedDate: string | null;
}

export interface SentenceAdjustments {
  additionalDaysAwarded: number | null;
  unlawfullyAtLarge: number | null;
  lawfullyAtLarge: number | null;
  restoredAdditionalDaysAwarded: number | null;
  specialRemission: number | null;
  recallSentenceRemand: number | null;
  recallSentenceTaggedBail: number | null;
  remand: number | null;
  taggedBail: number | null;
  unusedRemand: number | null;
}

export interface SentenceKeyDates {
  automaticRelease: SentenceKeyDate;
  conditionalRelease: SentenceKeyDate;
  dtoPostRecallRelease: SentenceKeyDate;
  earlyTerm: SentenceKeyDateWithCalculatedDate;
  homeDetentionCurfew: {
    actualDate: string | null;
    eligibilityCalculatedDate: string | null;
    eligibilityDate: string | null;
    eligibilityOverrideDate: string | null;
    endDate: string | null;
  };
  lateTerm: SentenceKeyDateWithCalculatedDate;
  licenceExpiry: SentenceKeyDateWithCalculatedDate;
  midTerm: SentenceKeyDateWithCalculatedDate;
  nonDto: { date: string | null; releaseDateType: string | null };
  nonParole: SentenceKeyDate;
  paroleEligibility: SentenceKeyDateWithCalculatedDate;
  postRecallRelease: SentenceKeyDate;
  release: { date: string | null; confirmedDate: string | null };
  sentence: {
    effectiveEndDate: string | null;
    expiryCalculatedDate: string | null;
    expiryDate: string | null;
    expiryOverrideDate: string | null;
    startDate: string | null;
  };
  topupSupervision: {
    expiryCalculatedDate: string | null;
    expiryDate: string | null;
    expiryOverrideDate: string | null;
    startDate: string | null;
  };
  actualParoleDate: string | null;
  earlyRemovalSchemeEligibilityDate: string | null;
  releaseOnTemporaryLicenceDate: string | null;
  tariffDate: string | null;
  tariffEarlyRemovalSchemeEligibilityDate: string | null;
}

/** Adjustments first, then every key date; either part is null when NOMIS had none. */
export type LatestSentenceKeyDatesAndAdjustments = { adjustments: SentenceAdjustments | null } & {
  [K in keyof SentenceKeyDates]: SentenceKeyDates[K] | null;
};
