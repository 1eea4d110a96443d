import type { BrmConfig } from '../config';
import type { LookupType, Registry } from '../lookup/registry';
import type { MatchResult } from '../matching/matching-engine';
import { splitRecordForenames } from '../matching/record-names';
import { formatBirthDate } from '../payload/birth-date';
import type { MatchPayload } from '../payload/match-payload';
import { javaTrim, nameWords, normaliseName } from '../payload/names';
import type { BirthRecord, GroFlags, NrsFlags } from '../records/birth-record';

type Detail = Record<string, string>;

const text = (value: boolean): string => String(value);

export function matchResultDetail(result: MatchResult): Detail {
  return {
    match: text(result.matched),
    matchFirstName: text(result.firstName),
    matchAdditionalNames: text(result.additionalNames),
    matchLastName: text(result.lastName),
    matchDateOfBirth: text(result.dateOfBirth),
  };
}

function featuresDetail(config: BrmConfig, registry: Registry): Detail {
  const switches = config.switches[registry];
  return {
    'features.matchFirstName': text(config.matching.firstName),
    'features.matchLastName': text(config.matching.lastName),
    'features.matchDateOfBirth': text(config.matching.dateOfBirth),
    'features.matchOnMultiple': text(config.matching.matchOnMultiple),
    'features.ignoreMiddleNames': text(config.matching.ignoreAdditionalNames),
    'features.downstream.enabled': text(switches.enabled),
    'features.reference.enabled': text(switches.reference),
    'features.details.enabled': text(switches.details),
    'features.flags.logging': text(config.flagFeatures.logging),
    'features.flags.process': text(config.flagFeatures.process),
  };
}

function payloadDetail(payload: MatchPayload): Detail {
  return {
    'payload.birthReferenceNumber': payload.birthReferenceNumber ?? 'No Birth Reference Number',
    'payload.firstName': payload.firstName,
    'payload.additionalNames': payload.additionalNames ?? '',
    'payload.lastName': payload.lastName,
    'payload.dateOfBirth': formatBirthDate(payload.dateOfBirth),
    'payload.whereBirthRegistered': payload.whereBirthRegistered,
  };
}

const presence = (value: string | undefined, onRecord: string): string =>
  value === undefined || javaTrim(value).toLowerCase() === 'none' ? 'None' : onRecord;

function groFlagsDetail(flags: GroFlags): Detail {
  const v1 = flags.format === 'v1';
  return {
    [v1 ? 'potentiallyFictitious' : 'potentiallyFictitiousBirth']: text(flags.potentiallyFictitious),
    correction: presence(flags.correction, 'Correction on record'),
    cancelled: text(flags.cancelled),
    [v1 ? 'blocked' : 'blockedRegistration']: text(flags.blocked),
    marginalNote: presence(flags.marginalNote, 'Marginal note on record'),
    [v1 ? 'reregistration' : 'reRegistered']: presence(flags.reRegistered, 'Re-registration on record'),
  };
}

const NRS_STATUS: Record<number, string> = {
  1: 'Valid',
  [-4]: 'Corrections',
  [-5]: 'Incomplete',
  [-6]: 'Cancelled',
};

function nrsFlagsDetail(flags: NrsFlags): Detail {
  return {
    status: NRS_STATUS[flags.status] ?? 'Unknown',
    deathCode: flags.deathCode === 0 ? 'Not deceased' : 'Potentially deceased',
  };
}

function recordDetail(record: BirthRecord, index: number, payload: MatchPayload, config: BrmConfig): Detail {
  const prefix = `records.record${index + 1}`;
  const names = splitRecordForenames(
    record.forenames,
    payload.firstName,
    config.matching.ignoreAdditionalNames,
  );
  const lastName = normaliseName(record.lastName);
  const detail: Detail = {
    [`${prefix}.numberOfForenames`]: String(nameWords(names.firstNames).length),
    [`${prefix}.numberOfAdditionalNames`]: String(nameWords(names.additionalNames).length),
    [`${prefix}.numberOfLastnames`]: String(nameWords(lastName).length),
    [`${prefix}.numberOfCharactersInFirstName`]: String(names.firstNames.length),
    [`${prefix}.numberOfCharactersInAdditionalName`]: String(names.additionalNames.length),
    [`${prefix}.numberOfCharactersInLastName`]: String(lastName.length),
  };
  if (config.flagFeatures.logging) {
    const flags =
      record.flags.registry === 'gro' ? groFlagsDetail(record.flags) : nrsFlagsDetail(record.flags);
    for (const [name, value] of Object.entries(flags)) detail[`${prefix}.flags.${name}`] = value;
  }
  return detail;
}

/** The reference's "full transaction detail": switches, payload, per-record shape and flags, result. */
export function transactionDetail(
  config: BrmConfig,
  payload: MatchPayload,
  registry: Registry,
  records: readonly BirthRecord[],
  result: MatchResult,
): Detail {
  // Assigned into one object (this runs for every lookup): spreading each part would copy it again.
  const detail = featuresDetail(config, registry);
  Object.assign(detail, payloadDetail(payload));
  records.forEach((record, index) => Object.assign(detail, recordDetail(record, index, payload, config)));
  detail.recordFound = text(records.length > 0);
  detail.multipleRecords = text(records.length > 1);
  detail.birthsPerSearch = String(records.length);
  return Object.assign(detail, matchResultDetail(result));
}

/** Audit path tags per registry and lookup type. */
export const COUNTRY_EVENTS: Record<
  Registry,
  { auditType: string; transactionName: string; pathPrefix: string }
> = {
  gro: {
    auditType: 'BRM-GROEnglandAndWales-Results',
    transactionName: 'brm-england-and-wales-match',
    pathPrefix: 'gro',
  },
  nrs: { auditType: 'BRM-NRSScotland-Results', transactionName: 'brm-scotland-match', pathPrefix: 'nrs' },
  groni: {
    auditType: 'BRM-GRONorthernIreland-Results',
    transactionName: 'brm-northern-ireland-match',
    pathPrefix: 'gro-ni',
  },
};

export function matchPath(type: LookupType): string {
  return `birth-registration-matching/match/${type}`;
}

/** `BRM-Payload-Error` carries the body as given, but only when every value is a string. */
export function payloadErrorDetail(body: unknown): Detail {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return {};
  const entries = Object.entries(body as Record<string, unknown>);
  return entries.every(([, value]) => typeof value === 'string')
    ? Object.fromEntries(entries as [string, string][])
    : {};
}

/** `BRM-Other-Results` reports the country as JSON text, quotes included, as the reference does. */
export function otherResultsDetail(body: unknown): Detail {
  const where =
    body !== null && typeof body === 'object' && !Array.isArray(body)
      ? (body as Record<string, unknown>).whereBirthRegistered
      : undefined;
  return { country: where === undefined ? 'no country specified' : JSON.stringify(where) };
}
