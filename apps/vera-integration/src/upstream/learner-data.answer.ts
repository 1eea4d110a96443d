import { readArray, readNumber, readObject, readString } from '@libs/upstream';
import type { LearnerData, LearnerQualification, LearnerSchool } from '../vera/learner-data';

// VERA's learner-data answer, read with the shared loose-JSON kit: the reference's strict .NET models
// broke on a number sent as a string and vice versa.

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:T00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?)?$/;

/** A date as `yyyy-MM-dd` when VERA sent a real ISO date (or midnight date-time); any other text unchanged. */
function readDate(value: unknown): string | null {
  const text = readString(value);
  const day = text === null ? undefined : ISO_DATE.exec(text.trim())?.[1];
  if (!day) return text;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day) ? day : text;
}

const TEXT_FIELDS = [
  'firstName',
  'middleNames',
  'lastName',
  'gender',
  'postcode',
  'addressLine1',
  'addressLine2',
  'addressLine3',
  'addressLine4',
  'addressLine5',
  'senProvision',
  'senProvisionDescription',
  'primarySENType',
  'primarySENTypeDescription',
  'secondarySENType',
  'secondarySENTypeDescription',
] as const;

/** Rows without a sort key go last, keeping their upstream order (Array.prototype.sort is stable). */
function byDisplaySort<T extends { displaySort: number | null }>(rows: T[]): T[] {
  return [...rows].sort(
    (a, b) => (a.displaySort ?? Number.MAX_SAFE_INTEGER) - (b.displaySort ?? Number.MAX_SAFE_INTEGER),
  );
}

function parseQualification(raw: Record<string, unknown>): LearnerQualification {
  return {
    title: readString(raw.title),
    qan: readString(raw.qan),
    awardDate: readDate(raw.awardDate),
    providerName: readString(raw.providerName),
    grade: readString(raw.grade),
    awardingBody: readString(raw.awardingBody),
    level: readString(raw.level),
    underDataChallenge: readString(raw.underDataChallenge),
    displaySort: readNumber(raw.displaySort),
  };
}

function parseSchool(raw: Record<string, unknown>): LearnerSchool {
  return {
    name: readString(raw.name),
    urn: readNumber(raw.urn),
    academicYearStart: readString(raw.academicYearStart),
    termStart: readNumber(raw.termStart),
    academicYearEnd: readString(raw.academicYearEnd),
    termEnd: readNumber(raw.termEnd),
    displaySort: readNumber(raw.displaySort),
  };
}

function rows<T>(value: unknown, parse: (raw: Record<string, unknown>) => T): T[] {
  return readArray(value)
    .map(readObject)
    .filter((row): row is Record<string, unknown> => row !== null)
    .map(parse);
}

/** The learner record from a 200 body, or null when the body is not a record (no object, no usable ULN). */
export function parseLearnerData(body: unknown): LearnerData | null {
  const raw = readObject(body);
  const uln = raw ? readNumber(raw.uln) : null;
  if (!raw || uln === null || !/^\d{10}$/.test(String(uln))) return null;
  const text = Object.fromEntries(TEXT_FIELDS.map((name) => [name, readString(raw[name])])) as Record<
    (typeof TEXT_FIELDS)[number],
    string | null
  >;
  const latest = readObject(raw.freeSchoolMealEligibleLatest);
  return {
    uln,
    ...text,
    dateOfBirth: readDate(raw.dateOfBirth),
    freeSchoolMealEligible: readNumber(raw.freeSchoolMealEligible),
    freeSchoolMealEligibleLatest: latest
      ? { term: readNumber(latest.term), academicYear: readString(latest.academicYear) }
      : null,
    qualifications: byDisplaySort(rows(raw.qualifications, parseQualification)),
    schools: byDisplaySort(rows(raw.schools, parseSchool)),
  };
}
