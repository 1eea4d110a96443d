import { readArray, readNumber, readObject, readString } from './lenient';

export interface LearnerQualification {
  title: string | null;
  qan: string | null;
  awardDate: string | null;
  providerName: string | null;
  grade: string | null;
  awardingBody: string | null;
  level: string | null;
  underDataChallenge: string | null;
  displaySort: number | null;
}

export interface LearnerSchool {
  name: string | null;
  urn: number | null;
  academicYearStart: string | null;
  termStart: number | null;
  academicYearEnd: string | null;
  termEnd: number | null;
  displaySort: number | null;
}

export interface FreeSchoolMealEligibleLatest {
  term: number | null;
  academicYear: string | null;
}

/** VERA's learner record, field names as the API sends them; qualifications and schools in `displaySort` order. */
export interface LearnerData {
  uln: number;
  firstName: string | null;
  middleNames: string | null;
  lastName: string | null;
  gender: string | null;
  dateOfBirth: string | null;
  postcode: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  addressLine3: string | null;
  addressLine4: string | null;
  addressLine5: string | null;
  senProvision: string | null;
  senProvisionDescription: string | null;
  primarySENType: string | null;
  primarySENTypeDescription: string | null;
  secondarySENType: string | null;
  secondarySENTypeDescription: string | null;
  freeSchoolMealEligible: number | null;
  freeSchoolMealEligibleLatest: FreeSchoolMealEligibleLatest | null;
  qualifications: LearnerQualification[];
  schools: LearnerSchool[];
}

const TEXT_FIELDS = [
  'firstName',
  'middleNames',
  'lastName',
  'gender',
  'dateOfBirth',
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
    awardDate: readString(raw.awardDate),
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
    freeSchoolMealEligible: readNumber(raw.freeSchoolMealEligible),
    freeSchoolMealEligibleLatest: latest
      ? { term: readNumber(latest.term), academicYear: readString(latest.academicYear) }
      : null,
    qualifications: byDisplaySort(rows(raw.qualifications, parseQualification)),
    schools: byDisplaySort(rows(raw.schools, parseSchool)),
  };
}
