import { parseBirthDate } from '../payload/birth-date';
import { BirthRecord, GroFlags, RecordParseError } from '../records/birth-record';
import { at, isJsonObject, readBoolean } from '@libs/upstream';
import { isInt32, textOrEmpty } from './wire-values';

export type GroFormat = 'v0' | 'v1';

/** Where each field lives in the two GRO response formats. */
const LAYOUT = {
  v0: {
    id: ['systemNumber'],
    forenames: ['subjects', 'child', 'name', 'givenName'],
    surname: ['subjects', 'child', 'name', 'surname'],
    dateOfBirth: ['subjects', 'child', 'dateOfBirth'],
    flags: {
      fictitious: 'potentiallyFictitiousBirth',
      blocked: 'blockedRegistration',
      reRegistered: 'reRegistered',
    },
  },
  v1: {
    id: ['id'],
    forenames: ['child', 'forenames'],
    surname: ['child', 'surname'],
    dateOfBirth: ['child', 'dateOfBirth'],
    flags: { fictitious: 'potentiallyFictitious', blocked: 'blocked', reRegistered: 'reregistration' },
  },
} as const;

const UNREADABLE = Symbol('unreadable');

/** An optional text flag: absent or null is "none"; any other non-string makes the record unreadable. */
function textFlag(value: unknown): string | undefined | typeof UNREADABLE {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : UNREADABLE;
}

function readFlags(status: unknown, format: GroFormat): GroFlags | typeof UNREADABLE {
  const names = LAYOUT[format].flags;
  const source = isJsonObject(status) ? status : {};
  const correction = textFlag(source.correction);
  const marginalNote = textFlag(source.marginalNote);
  const reRegistered = textFlag(source[names.reRegistered]);
  if (correction === UNREADABLE || marginalNote === UNREADABLE || reRegistered === UNREADABLE)
    return UNREADABLE;
  return {
    registry: 'gro',
    format,
    potentiallyFictitious: readBoolean(source[names.fictitious]) === true,
    blocked: readBoolean(source[names.blocked]) === true,
    cancelled: readBoolean(source.cancelled) === true,
    correction,
    marginalNote,
    reRegistered,
  };
}

function readRecord(json: unknown, format: GroFormat): BirthRecord | undefined {
  const layout = LAYOUT[format];
  const id = at(json, ...layout.id);
  if (!isJsonObject(json) || !isInt32(id)) return undefined;
  const flags = readFlags(json.status, format);
  if (flags === UNREADABLE) return undefined;
  const dateOfBirth = at(json, ...layout.dateOfBirth);
  return {
    referenceNumber: id,
    forenames: textOrEmpty(at(json, ...layout.forenames)),
    lastName: textOrEmpty(at(json, ...layout.surname)),
    dateOfBirth: typeof dateOfBirth === 'string' ? parseBirthDate(dateOfBirth) : undefined,
    flags,
  };
}

/**
 * Reads a GRO answer: a list of records, or else one record, or else nothing. One unreadable element
 * inside a list fails the whole answer (the reference answers 500 then).
 */
export function readGroRecords(json: unknown, format: GroFormat): BirthRecord[] {
  if (Array.isArray(json)) {
    return json.map((element, index) => {
      const record = readRecord(element, format);
      if (!record) throw new RecordParseError(`GRO record ${index} is unreadable`);
      return record;
    });
  }
  const record = readRecord(json, format);
  return record ? [record] : [];
}
