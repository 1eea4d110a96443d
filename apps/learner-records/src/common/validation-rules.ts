import { Matches, MaxLength, registerDecorator, ValidationOptions } from 'class-validator';

/**
 * The reference's validation rules, with its messages: `must match "<regex as declared>"` and
 * `size must be between 0 and <max>`. Patterns match the whole value.
 */
const NAME_PATTERN = "^[A-Za-z' ,.-]{3,35}$";
const ULN_PATTERN = '^[0-9]{1,10}$';
const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
const EMAIL_PATTERN =
  "^[A-Za-z0-9._'%+-]{1,64}@(?:(?=[A-Za-z0-9-]{1,63}\\.)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*\\.){1,8}[A-Za-z]{2,63}$";
/** As declared by the reference and echoed in its messages; its alternatives are not grouped. */
const POSTCODE_PATTERN_AS_DECLARED =
  '^[A-Z]{1,2}[0-9R][0-9A-Z]? ?[0-9][ABDEFGHJLNPQRSTUWXYZ]{2}|BFPO ?[0-9]{1,4}|([AC-FHKNPRTV-Y]\\d{2}|D6W)? ?[0-9AC-FHKNPRTV-Y]{4}$';
/** The same rule applied to the whole value, as the reference's whole-string matching does. */
const POSTCODE =
  /^(?:[A-Z]{1,2}[0-9R][0-9A-Z]? ?[0-9][ABDEFGHJLNPQRSTUWXYZ]{2}|BFPO ?[0-9]{1,4}|(?:[AC-FHKNPRTV-Y]\d{2}|D6W)? ?[0-9AC-FHKNPRTV-Y]{4})$/;

const mustMatch = (pattern: string) => `must match "${pattern}"`;
const sizeAtMost = (max: number) => MaxLength(max, { message: `size must be between 0 and ${max}` });

export const IsName = () => Matches(new RegExp(NAME_PATTERN), { message: mustMatch(NAME_PATTERN) });
export const IsUln = () => Matches(new RegExp(ULN_PATTERN), { message: mustMatch(ULN_PATTERN) });
export const IsEmail = () => Matches(new RegExp(EMAIL_PATTERN), { message: mustMatch(EMAIL_PATTERN) });
export const IsPostcode = () => Matches(POSTCODE, { message: mustMatch(POSTCODE_PATTERN_AS_DECLARED) });
export const IsSchoolAtAge16 = () => sizeAtMost(254);
export const IsPlaceOfBirth = () => sizeAtMost(35);

/** The `matches` table's text columns are varchar(255). */
const STORED_TEXT_MAX = 255;
/**
 * C0/C1 control characters, NUL included: PostgreSQL cannot store NUL in text at all, and none of the
 * others belongs in a prisoner number or a count.
 */
const CONTROL_CHARACTER = /\p{Cc}/u;

/**
 * Why free text (a `{nomisId}`, `countOfReturnedUlns`) cannot be stored as it is; empty when it can.
 * The reference let such values reach the database and answered 500 with the driver's message.
 */
export function storableTextProblems(value: string): string[] {
  const problems: string[] = [];
  if (CONTROL_CHARACTER.test(value)) problems.push('must not contain control characters');
  // varchar lengths count characters (code points), not UTF-16 units.
  if ([...value].length > STORED_TEXT_MAX) problems.push(`size must be between 0 and ${STORED_TEXT_MAX}`);
  return problems;
}

export function IsStorableText(): PropertyDecorator {
  return (target, property) => {
    registerDecorator({
      name: 'isStorableText',
      target: target.constructor,
      propertyName: String(property),
      options: { message: (args) => storableTextProblems(String(args.value)).join(', ') },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && storableTextProblems(value).length === 0,
      },
    });
  };
}

/**
 * `YYYY-MM-DD` that is also a real calendar date. The reference let impossible dates such as
 * `2024-02-30` through to a 500; here they are a validation failure (400).
 */
export function IsCalendarDate(): PropertyDecorator {
  const shape = new RegExp(DATE_PATTERN);
  return (target, property) => {
    const options: ValidationOptions = {
      message: (args) =>
        shape.test(String(args.value)) ? 'must be a valid calendar date' : mustMatch(DATE_PATTERN),
    };
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(property),
      options,
      validator: { validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value) },
    });
  };
}

/** `YYYY-MM-DD` naming a day that exists. */
export function isCalendarDate(value: string): boolean {
  if (!new RegExp(DATE_PATTERN).test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
