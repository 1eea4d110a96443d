import { sameBirthDate } from '../payload/birth-date';
import type { MatchPayload } from '../payload/match-payload';
import { normaliseName } from '../payload/names';
import type { BirthRecord } from '../records/birth-record';
import { equalsIgnoreCase } from './equals-ignore-case';
import { GroFlagRules, isFlagged } from './record-flags';
import { splitRecordForenames } from './record-names';

/** `matching.*` switches. */
export interface MatchingSettings {
  readonly firstName: boolean;
  readonly lastName: boolean;
  readonly dateOfBirth: boolean;
  readonly matchOnMultiple: boolean;
  readonly ignoreAdditionalNames: boolean;
}

/** The outcome plus each part's result, which audits report even when a flag overrides the outcome. */
export interface MatchResult {
  readonly matched: boolean;
  readonly firstName: boolean;
  readonly additionalNames: boolean;
  readonly lastName: boolean;
  readonly dateOfBirth: boolean;
}

export const NO_MATCH: MatchResult = {
  matched: false,
  firstName: false,
  additionalNames: false,
  lastName: false,
  dateOfBirth: false,
};

type Parts = Omit<MatchResult, 'matched'>;

function compare(payload: MatchPayload, record: BirthRecord, settings: MatchingSettings): Parts {
  const ignore = settings.ignoreAdditionalNames;
  const names = splitRecordForenames(record.forenames, payload.firstName, ignore);
  const payloadAdditionalNames = ignore ? '' : (payload.additionalNames ?? '');
  const dateMatches =
    record.dateOfBirth !== undefined && sameBirthDate(payload.dateOfBirth, record.dateOfBirth);
  const full = settings.firstName && settings.lastName && settings.dateOfBirth;
  if (full) {
    return {
      firstName: equalsIgnoreCase(payload.firstName, names.firstNames),
      additionalNames: equalsIgnoreCase(payloadAdditionalNames, names.additionalNames),
      lastName: equalsIgnoreCase(payload.lastName, normaliseName(record.lastName)),
      dateOfBirth: dateMatches,
    };
  }
  // Partial matching skips switched-off parts; its surname check uses the record value as sent
  // (not whitespace-normalised), a reference quirk we keep because it is part of the matching contract.
  return {
    firstName: !settings.firstName || equalsIgnoreCase(payload.firstName, names.firstNames),
    additionalNames: ignore || equalsIgnoreCase(payloadAdditionalNames, names.additionalNames),
    lastName: !settings.lastName || equalsIgnoreCase(payload.lastName, record.lastName),
    dateOfBirth: !settings.dateOfBirth || dateMatches,
  };
}

/**
 * Compares the payload with what the registry returned. Several records never match unless
 * `matchOnMultiple` is on, and then only the last one is compared, as in the reference.
 */
export function matchRecords(
  payload: MatchPayload,
  records: readonly BirthRecord[],
  settings: MatchingSettings,
  flagRules: GroFlagRules,
): MatchResult {
  if (records.length === 0 || (records.length > 1 && !settings.matchOnMultiple)) return NO_MATCH;
  const record = records[records.length - 1];
  const parts = compare(payload, record, settings);
  const allPartsMatch = parts.firstName && parts.additionalNames && parts.lastName && parts.dateOfBirth;
  return { ...parts, matched: allPartsMatch && !isFlagged(record, flagRules) };
}
