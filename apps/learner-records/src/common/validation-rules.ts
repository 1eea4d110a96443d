import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, Matches, MaxLength, registerDecorator, ValidationArguments } from 'class-validator';

/**
 * The package of the reference's request models: its JSON parser names classes by their full name
 * (``Cannot construct instance of `uk.gov….models.request.Gender` ``), and callers match on that text.
 */
const REFERENCE_MODEL_PACKAGE = 'uk.gov.justice.digital.hmpps.learnerrecordsapi.models.request';

/** The reference's full class name of a request model or enum, e.g. `….models.request.LearnersRequest`. */
export const referenceClassName = (simpleName: string): string => `${REFERENCE_MODEL_PACKAGE}.${simpleName}`;

/**
 * Rules a body breaks as the reference's JSON parser refuses it, before any bean validation: a value
 * it cannot read (`JSON_TYPE`), then a required property missing or null (`JSON_REQUIRED`). Their
 * messages are the parser's problem text; the error mapper picks and frames them.
 */
export const JSON_TYPE = 'jsonType';
export const JSON_REQUIRED = 'jsonRequired';

/** An enum read case-insensitively into one of its canonical values, as the reference's request models do. */
export interface JsonEnum {
  /** The enum's simple type name (the message gives its full reference name). */
  name: string;
  values: readonly string[];
  /** Problem text for a value that is not one of `values`, e.g. `Invalid gender value`. */
  invalidValue: string;
}

/**
 * A property the reference's constructor needs: absent or null is refused. Documented here too, so that
 * a property says once whether it is required. Declaration order matters: the first missing required
 * property in that order is the one reported, as the reference's constructor binding does.
 */
export function Required(documentation: ApiPropertyOptions = {}): PropertyDecorator {
  return applyDecorators(
    ApiProperty(documentation),
    rule(
      JSON_REQUIRED,
      (value) => value !== undefined && value !== null,
      ({ targetName, property }) =>
        `Instantiation of [simple type, class ${referenceClassName(targetName)}] value failed for JSON property ${property} ` +
        `due to missing (therefore NULL) value for creator parameter ${property} which is a non-nullable type`,
    ),
  );
}

/** A property that may be absent or null (both mean absent); its other rules apply to a value only. */
export function Optional(documentation: ApiPropertyOptions = {}): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional(documentation), IsOptional());
}

/**
 * Text as the reference's parser reads it: numbers and booleans become their text (`2` → `"2"`), null
 * becomes absent, an object or array is refused.
 */
export function JsonText(): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => asText(value)),
    rule(
      JSON_TYPE,
      (value) => value === undefined || typeof value === 'string',
      (args) => notReadable('java.lang.String', args),
    ),
  );
}

/** One of `type`'s values whatever its case, given as its canonical spelling; read as text first. */
export function JsonEnumValue(type: JsonEnum): PropertyDecorator {
  const canonical = (text: string) =>
    type.values.find((candidate) => candidate.toLowerCase() === text.toLowerCase());
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => {
      const text = asText(value);
      return typeof text === 'string' ? (canonical(text) ?? text) : text;
    }),
    rule(
      JSON_TYPE,
      (value) => value === undefined || (typeof value === 'string' && type.values.includes(value)),
      (args) =>
        typeof args.value === 'string'
          ? `Cannot construct instance of \`${referenceClassName(type.name)}\`, problem: ${type.invalidValue}: ${args.value}`
          : notReadable(referenceClassName(type.name), args),
    ),
  );
}

function asText(value: unknown): unknown {
  if (value === null) return undefined;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
}

const notReadable = (typeName: string, { value, property }: ValidationArguments) =>
  `Cannot deserialize value of type \`${typeName}\` from ${Array.isArray(value) ? 'Array' : 'Object'} value (property "${property}")`;

/** A class-validator rule of this service, with its message. */
function rule(
  name: string,
  validate: (value: unknown) => boolean,
  message: (args: ValidationArguments) => string,
): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(property),
      options: { message },
      validator: { validate },
    });
}

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
  return rule(
    'isStorableText',
    (value) => typeof value === 'string' && storableTextProblems(value).length === 0,
    (args) => storableTextProblems(String(args.value)).join(', '),
  );
}

/**
 * `YYYY-MM-DD` that is also a real calendar date. The reference let impossible dates such as
 * `2024-02-30` through to a 500; here they are a validation failure (400).
 */
export function IsCalendarDate(): PropertyDecorator {
  const shape = new RegExp(DATE_PATTERN);
  return rule(
    'isCalendarDate',
    (value) => typeof value === 'string' && isCalendarDate(value),
    (args) => (shape.test(String(args.value)) ? 'must be a valid calendar date' : mustMatch(DATE_PATTERN)),
  );
}

/** `YYYY-MM-DD` naming a day that exists. */
export function isCalendarDate(value: string): boolean {
  if (!new RegExp(DATE_PATTERN).test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
