import { ApiPropertyOptional } from '@nestjs/swagger';
import { NullableDate, NullableText } from '../common/optional-properties';

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

/**
 * What every form of a person has: names, date of birth, gender, ethnicity, aliases and ids. Classes, so that
 * the same declarations are the OpenAPI schemas; the document describes the names, dates and ids only, as it
 * has since the seed era (the aliases, identifiers and LAO fields are answered but not in it).
 */
abstract class PersonBase {
  @NullableText()
  firstName!: string | null;

  @NullableText()
  lastName!: string | null;

  @NullableText()
  middleName!: string | null;

  @NullableDate()
  dateOfBirth!: string | null;

  @NullableText()
  gender!: string | null;

  @NullableText()
  ethnicity!: string | null;

  aliases!: Alias[];
  identifiers!: Identifiers;

  @NullableText()
  pncId!: string | null;
}

export class Person extends PersonBase {
  @NullableText()
  hmppsId!: string | null;

  contactDetails!: ContactDetails | null;
  currentRestriction!: boolean | null;
  restrictionMessage!: string | null;
  currentExclusion!: boolean | null;
  exclusionMessage!: string | null;
}

/** A probation person, flat, with `underActiveSupervision` first; the LAO fields are always null (spec §1.2). */
export type PersonOnProbation = { underActiveSupervision: boolean | null } & Person;

/** A prisoner as prisoner search knows them (spec §5.2). */
export class PersonInPrison extends PersonBase {
  @NullableText()
  category!: string | null;

  @NullableText()
  csra!: string | null;

  @NullableText()
  receptionDate!: string | null;

  @NullableText()
  status!: string | null;

  @NullableText()
  prisonId!: string | null;

  @NullableText()
  prisonName!: string | null;

  @NullableText()
  cellLocation!: string | null;

  @ApiPropertyOptional()
  youthOffender!: boolean;
}

/** Newest date of birth first; people without one go last. */
export function byDateOfBirthDescending(
  a: { dateOfBirth: string | null },
  b: { dateOfBirth: string | null },
): number {
  return (b.dateOfBirth ?? '').localeCompare(a.dateOfBirth ?? '');
}
