/** The consumer-facing person (spec §1.2). Absent values are written out as null. */
export interface Alias {
  firstName: string | null;
  lastName: string | null;
  middleName: string | null;
  dateOfBirth: string | null;
  gender: string | null;
  ethnicity: string | null;
}

export interface Identifiers {
  nomisNumber: string | null;
  croNumber: string | null;
  deliusCrn: string | null;
}

export interface ContactDetails {
  phoneNumbers: { number: string | null; type: string | null }[];
  /** Email addresses as plain strings, as HEAD writes them. */
  emails: string[];
}

export interface Person {
  firstName: string | null;
  lastName: string | null;
  middleName: string | null;
  dateOfBirth: string | null;
  gender: string | null;
  ethnicity: string | null;
  aliases: Alias[];
  identifiers: Identifiers;
  pncId: string | null;
  hmppsId: string | null;
  contactDetails: ContactDetails | null;
  currentRestriction: boolean | null;
  restrictionMessage: string | null;
  currentExclusion: boolean | null;
  exclusionMessage: string | null;
}

/** A probation person, flat, with `underActiveSupervision` first; the LAO fields are always null (spec §1.2). */
export type PersonOnProbation = { underActiveSupervision: boolean | null } & Person;

/** A prisoner as prisoner search knows them (spec §5.2). */
export interface PersonInPrison {
  firstName: string | null;
  lastName: string | null;
  middleName: string | null;
  dateOfBirth: string | null;
  gender: string | null;
  ethnicity: string | null;
  aliases: Alias[];
  identifiers: Identifiers;
  pncId: string | null;
  category: string | null;
  csra: string | null;
  receptionDate: string | null;
  status: string | null;
  prisonId: string | null;
  prisonName: string | null;
  cellLocation: string | null;
  youthOffender: boolean;
}

/** Newest date of birth first; people without one go last. */
export function byDateOfBirthDescending(
  a: { dateOfBirth: string | null },
  b: { dateOfBirth: string | null },
): number {
  return (b.dateOfBirth ?? '').localeCompare(a.dateOfBirth ?? '');
}
