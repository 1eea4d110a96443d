import { ApiPropertyOptional } from '@nestjs/swagger';
import { NullableDate, NullableFlag, NullableText } from '../common/optional-properties';

/** The consumer-facing person: classes, so that the same declarations are the OpenAPI schemas. */
export class Alias {
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
}

export class Identifiers {
  @NullableText()
  nomisNumber!: string | null;

  @NullableText()
  croNumber!: string | null;

  @NullableText()
  deliusCrn!: string | null;
}

export class PhoneNumber {
  @NullableText()
  number!: string | null;

  @NullableText()
  type!: string | null;
}

export class ContactDetails {
  @ApiPropertyOptional({ type: [PhoneNumber] })
  phoneNumbers!: PhoneNumber[];

  /** Email addresses as plain strings, as HEAD writes them. */
  @ApiPropertyOptional({ type: [String] })
  emails!: string[];
}

/** What every form of a person has: names, date of birth, gender, ethnicity, aliases and ids. */
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

  @ApiPropertyOptional({ type: [Alias] })
  aliases!: Alias[];

  @ApiPropertyOptional({ type: Identifiers })
  identifiers!: Identifiers;

  @NullableText()
  pncId!: string | null;
}

/** A person; the contact details and limited access (LAO) fields are null where the source has none. */
export class Person extends PersonBase {
  @NullableText()
  hmppsId!: string | null;

  @ApiPropertyOptional({ type: ContactDetails, nullable: true })
  contactDetails!: ContactDetails | null;

  @NullableFlag()
  currentRestriction!: boolean | null;

  @NullableText()
  restrictionMessage!: string | null;

  @NullableFlag()
  currentExclusion!: boolean | null;

  @NullableText()
  exclusionMessage!: string | null;
}

/** A probation person, flat, with `underActiveSupervision` first; the LAO fields are always null. */
export class PersonOnProbation extends Person {
  @NullableFlag()
  underActiveSupervision!: boolean | null;
}

/** A prisoner as prisoner search knows them. */
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
