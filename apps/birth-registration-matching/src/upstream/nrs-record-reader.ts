import { parseBirthDate } from '../payload/birth-date';
import { BirthRecord, RecordParseError } from '../records/birth-record';
import { at, isJsonObject } from '@libs/upstream';
import { isInt32, textOrEmpty } from './wire-values';

/** What Java's `Integer.valueOf` accepts (ASCII digits, optional sign); range is checked after. */
const SIGNED_DIGITS = /^[+-]?[0-9]+$/;

/** NRS sends the entry number as a string; the reference turns it into a 32-bit int and fails if it cannot. */
function entryNumber(id: string): number {
  const value = SIGNED_DIGITS.test(id) ? Number(id) : Number.NaN;
  if (!isInt32(value)) throw new RecordParseError(`NRS id "${id}" is not a 32-bit number`);
  return value;
}

function readBirth(json: unknown): BirthRecord | undefined {
  if (!isJsonObject(json)) return undefined;
  const { id, status, deathCode } = json;
  if (typeof id !== 'string' || !isInt32(status) || !isInt32(deathCode)) return undefined;
  const dateOfBirth = at(json, 'subjects', 'child', 'dateOfBirth');
  return {
    referenceNumber: entryNumber(id),
    forenames: textOrEmpty(at(json, 'subjects', 'child', 'firstName')),
    lastName: textOrEmpty(at(json, 'subjects', 'child', 'lastName')),
    dateOfBirth: typeof dateOfBirth === 'string' ? parseBirthDate(dateOfBirth) : undefined,
    flags: { registry: 'nrs', status, deathCode },
  };
}

/**
 * Reads an NRS answer: `{"births": [...]}`, or else one birth at the root, or else nothing. One
 * unreadable birth inside the list fails the whole answer.
 */
export function readNrsRecords(json: unknown): BirthRecord[] {
  const births = at(json, 'births');
  if (Array.isArray(births)) {
    return births.map((element, index) => {
      const record = readBirth(element);
      if (!record) throw new RecordParseError(`NRS birth ${index} is unreadable`);
      return record;
    });
  }
  const record = readBirth(json);
  return record ? [record] : [];
}
