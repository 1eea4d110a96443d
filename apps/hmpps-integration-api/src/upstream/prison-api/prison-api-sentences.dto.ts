import { Offence } from '../../domain/offence';
import { PRISON_SOURCE, Sentence, SentenceTerm } from '../../domain/sentence';
import {
  SentenceAdjustments,
  SentenceKeyDate,
  SentenceKeyDates,
  SentenceKeyDateWithCalculatedDate,
} from '../../domain/sentence-key-dates';

/** Prison API `OffenderSentenceDetail` (`/api/offender-sentences`): only the booking matters here. */
export interface OffenderSentenceBookingDto {
  bookingId?: number | null;
}

/** Prison API `SentenceTerms` of `/sentences-and-offences`. */
export interface NomisTermDto {
  years?: number | null;
  months?: number | null;
  weeks?: number | null;
  days?: number | null;
  code?: string | null;
}

/** Prison API `OffenderSentenceAndOffences`. */
export interface NomisSentenceDto {
  sentenceDate?: string | null;
  sentenceStatus?: string | null;
  sentenceTypeDescription?: string | null;
  fineAmount?: number | null;
  terms?: NomisTermDto[] | null;
}

/** NOMIS records zero for a unit that is not part of the term; the reference reports it as absent. */
function unitOrNull(value: number | null | undefined): number | null {
  return value === undefined || value === null || value === 0 ? null : value;
}

function toSentenceTerm(term: NomisTermDto): SentenceTerm {
  return {
    years: unitOrNull(term.years),
    months: unitOrNull(term.months),
    weeks: unitOrNull(term.weeks),
    days: unitOrNull(term.days),
    hours: null,
    prisonTermCode: term.code ?? null,
  };
}

const SENTENCE_STATUS_ACTIVE: Record<string, boolean> = { A: true, I: false };

/** Every NOMIS sentence is custodial; `isActive` only when the status is A(ctive) or I(nactive). */
export function toNomisSentence(sentence: NomisSentenceDto): Sentence {
  return {
    ...PRISON_SOURCE,
    dateOfSentencing: sentence.sentenceDate ?? null,
    description: sentence.sentenceTypeDescription ?? null,
    isActive: SENTENCE_STATUS_ACTIVE[sentence.sentenceStatus ?? ''] ?? null,
    isCustodial: true,
    fineAmount: sentence.fineAmount ?? null,
    length: { duration: null, units: null, terms: (sentence.terms ?? []).map(toSentenceTerm) },
  };
}

/** Prison API `SentenceCalcDates` (the `sentenceDetail` of `/api/offenders/{noms}/sentences`). */
export interface NomisSentenceKeyDatesDto {
  automaticReleaseDate?: string | null;
  automaticReleaseOverrideDate?: string | null;
  conditionalReleaseDate?: string | null;
  conditionalReleaseOverrideDate?: string | null;
  dtoPostRecallReleaseDate?: string | null;
  dtoPostRecallReleaseDateOverride?: string | null;
  earlyTermDate?: string | null;
  etdOverrideDate?: string | null;
  etdCalculatedDate?: string | null;
  homeDetentionCurfewActualDate?: string | null;
  homeDetentionCurfewEligibilityDate?: string | null;
  homeDetentionCurfewEligibilityCalculatedDate?: string | null;
  homeDetentionCurfewEligibilityOverrideDate?: string | null;
  homeDetentionCurfewEndDate?: string | null;
  lateTermDate?: string | null;
  ltdOverrideDate?: string | null;
  ltdCalculatedDate?: string | null;
  licenceExpiryDate?: string | null;
  licenceExpiryCalculatedDate?: string | null;
  licenceExpiryOverrideDate?: string | null;
  midTermDate?: string | null;
  mtdCalculatedDate?: string | null;
  mtdOverrideDate?: string | null;
  nonDtoReleaseDate?: string | null;
  nonDtoReleaseDateType?: string | null;
  nonParoleDate?: string | null;
  nonParoleOverrideDate?: string | null;
  paroleEligibilityDate?: string | null;
  paroleEligibilityCalculatedDate?: string | null;
  paroleEligibilityOverrideDate?: string | null;
  postRecallReleaseDate?: string | null;
  postRecallReleaseOverrideDate?: string | null;
  releaseDate?: string | null;
  confirmedReleaseDate?: string | null;
  effectiveSentenceEndDate?: string | null;
  sentenceExpiryCalculatedDate?: string | null;
  sentenceExpiryDate?: string | null;
  sentenceExpiryOverrideDate?: string | null;
  sentenceStartDate?: string | null;
  topupSupervisionExpiryCalculatedDate?: string | null;
  topupSupervisionExpiryDate?: string | null;
  topupSupervisionExpiryOverrideDate?: string | null;
  topupSupervisionStartDate?: string | null;
  actualParoleDate?: string | null;
  earlyRemovalSchemeEligibilityDate?: string | null;
  releaseOnTemporaryLicenceDate?: string | null;
  tariffDate?: string | null;
  tariffEarlyRemovalSchemeEligibilityDate?: string | null;
}

export interface NomisOffenderSentencesDto {
  sentenceDetail?: NomisSentenceKeyDatesDto | null;
}

function keyDate(date?: string | null, overrideDate?: string | null): SentenceKeyDate {
  return { date: date ?? null, overrideDate: overrideDate ?? null };
}

function calculatedKeyDate(
  date?: string | null,
  overrideDate?: string | null,
  calculatedDate?: string | null,
): SentenceKeyDateWithCalculatedDate {
  return { ...keyDate(date, overrideDate), calculatedDate: calculatedDate ?? null };
}

export function toSentenceKeyDates(dates: NomisSentenceKeyDatesDto): SentenceKeyDates {
  const or = (value: string | null | undefined) => value ?? null;
  return {
    automaticRelease: keyDate(dates.automaticReleaseDate, dates.automaticReleaseOverrideDate),
    conditionalRelease: keyDate(dates.conditionalReleaseDate, dates.conditionalReleaseOverrideDate),
    dtoPostRecallRelease: keyDate(dates.dtoPostRecallReleaseDate, dates.dtoPostRecallReleaseDateOverride),
    earlyTerm: calculatedKeyDate(dates.earlyTermDate, dates.etdOverrideDate, dates.etdCalculatedDate),
    homeDetentionCurfew: {
      actualDate: or(dates.homeDetentionCurfewActualDate),
      eligibilityCalculatedDate: or(dates.homeDetentionCurfewEligibilityCalculatedDate),
      eligibilityDate: or(dates.homeDetentionCurfewEligibilityDate),
      eligibilityOverrideDate: or(dates.homeDetentionCurfewEligibilityOverrideDate),
      endDate: or(dates.homeDetentionCurfewEndDate),
    },
    lateTerm: calculatedKeyDate(dates.lateTermDate, dates.ltdOverrideDate, dates.ltdCalculatedDate),
    licenceExpiry: calculatedKeyDate(
      dates.licenceExpiryDate,
      dates.licenceExpiryOverrideDate,
      dates.licenceExpiryCalculatedDate,
    ),
    midTerm: calculatedKeyDate(dates.midTermDate, dates.mtdOverrideDate, dates.mtdCalculatedDate),
    nonDto: { date: or(dates.nonDtoReleaseDate), releaseDateType: or(dates.nonDtoReleaseDateType) },
    nonParole: keyDate(dates.nonParoleDate, dates.nonParoleOverrideDate),
    paroleEligibility: calculatedKeyDate(
      dates.paroleEligibilityDate,
      dates.paroleEligibilityOverrideDate,
      dates.paroleEligibilityCalculatedDate,
    ),
    postRecallRelease: keyDate(dates.postRecallReleaseDate, dates.postRecallReleaseOverrideDate),
    release: { date: or(dates.releaseDate), confirmedDate: or(dates.confirmedReleaseDate) },
    sentence: {
      effectiveEndDate: or(dates.effectiveSentenceEndDate),
      expiryCalculatedDate: or(dates.sentenceExpiryCalculatedDate),
      expiryDate: or(dates.sentenceExpiryDate),
      expiryOverrideDate: or(dates.sentenceExpiryOverrideDate),
      startDate: or(dates.sentenceStartDate),
    },
    topupSupervision: {
      expiryCalculatedDate: or(dates.topupSupervisionExpiryCalculatedDate),
      expiryDate: or(dates.topupSupervisionExpiryDate),
      expiryOverrideDate: or(dates.topupSupervisionExpiryOverrideDate),
      startDate: or(dates.topupSupervisionStartDate),
    },
    actualParoleDate: or(dates.actualParoleDate),
    earlyRemovalSchemeEligibilityDate: or(dates.earlyRemovalSchemeEligibilityDate),
    releaseOnTemporaryLicenceDate: or(dates.releaseOnTemporaryLicenceDate),
    tariffDate: or(dates.tariffDate),
    tariffEarlyRemovalSchemeEligibilityDate: or(dates.tariffEarlyRemovalSchemeEligibilityDate),
  };
}

/** Prison API `SentenceSummary` (`/booking/latest/sentence-summary`). */
export interface NomisSentenceSummaryDto {
  latestPrisonTerm?: {
    sentenceAdjustments?: Partial<Record<keyof SentenceAdjustments, number | null>> | null;
  } | null;
}

export function toSentenceAdjustments(summary: NomisSentenceSummaryDto): SentenceAdjustments | null {
  const adjustments = summary.latestPrisonTerm?.sentenceAdjustments;
  if (!adjustments) return null;
  return {
    additionalDaysAwarded: adjustments.additionalDaysAwarded ?? null,
    unlawfullyAtLarge: adjustments.unlawfullyAtLarge ?? null,
    lawfullyAtLarge: adjustments.lawfullyAtLarge ?? null,
    restoredAdditionalDaysAwarded: adjustments.restoredAdditionalDaysAwarded ?? null,
    specialRemission: adjustments.specialRemission ?? null,
    recallSentenceRemand: adjustments.recallSentenceRemand ?? null,
    recallSentenceTaggedBail: adjustments.recallSentenceTaggedBail ?? null,
    remand: adjustments.remand ?? null,
    taggedBail: adjustments.taggedBail ?? null,
    unusedRemand: adjustments.unusedRemand ?? null,
  };
}

/** Prison API `OffenceHistoryDetail`. */
export interface NomisOffenceHistoryDto {
  offenceCode?: string | null;
  offenceDescription?: string | null;
  offenceDate?: string | null;
  offenceRangeDate?: string | null;
  courtDate?: string | null;
  statuteCode?: string | null;
}

export function toNomisOffence(offence: NomisOffenceHistoryDto): Offence {
  return {
    ...PRISON_SOURCE,
    cjsCode: offence.offenceCode ?? null,
    hoCode: null,
    courtDates: offence.courtDate ? [offence.courtDate] : [],
    courtName: null,
    description: offence.offenceDescription ?? null,
    endDate: offence.offenceRangeDate ?? null,
    startDate: offence.offenceDate ?? null,
    statuteCode: offence.statuteCode ?? null,
  };
}
