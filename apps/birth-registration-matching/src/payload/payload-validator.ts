import { BrmError, BrmErrors } from '../errors/brm-errors';
import { BirthDate, parseBirthDate } from './birth-date';
import { COUNTRIES, Country, MatchPayload } from './match-payload';
import { isValidName, javaTrim, normaliseName } from './names';

export type PayloadValidation =
  | { readonly valid: true; readonly payload: MatchPayload }
  | { readonly valid: false; readonly error: BrmError };

/** What the country field held, for the country counters (spec §14), even when the payload is invalid. */
export type CountrySeen = Country | 'invalid' | 'absent';

export interface PayloadCheck {
  readonly result: PayloadValidation;
  readonly country: CountrySeen;
}

type Json = Record<string, unknown>;
type FieldResult<T> = { ok: true; value: T } | { ok: false; error: BrmError };

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const fail = <T>(error: BrmError): FieldResult<T> => ({ ok: false, error });

function has(body: Json, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(body, key) && body[key] !== undefined;
}

function requiredName(body: Json, key: string, invalid: BrmError): FieldResult<string> {
  if (!has(body, key)) return fail(BrmErrors.badRequest);
  const value = body[key];
  return typeof value === 'string' && isValidName(value) ? ok(normaliseName(value)) : fail(invalid);
}

function optionalName(body: Json, key: string, invalid: BrmError): FieldResult<string | undefined> {
  const value = body[key];
  if (value === undefined || value === null) return ok(undefined);
  return typeof value === 'string' && isValidName(value) ? ok(normaliseName(value)) : fail(invalid);
}

function birthReferenceNumber(body: Json): FieldResult<string | undefined> {
  const value = body.birthReferenceNumber;
  if (value === undefined || value === null) return ok(undefined);
  return typeof value === 'string' ? ok(value) : fail(BrmErrors.invalidBirthReferenceNumber);
}

function readCountry(body: Json): Country | 'invalid' | 'absent' {
  if (!has(body, 'whereBirthRegistered')) return 'absent';
  const value = body.whereBirthRegistered;
  if (typeof value !== 'string') return 'invalid';
  const canonical = javaTrim(value).toLowerCase();
  return (COUNTRIES as readonly string[]).includes(canonical) ? (canonical as Country) : 'invalid';
}

function country(seen: CountrySeen): FieldResult<Country> {
  if (seen === 'absent') return fail(BrmErrors.badRequest);
  if (seen === 'invalid') return fail(BrmErrors.invalidWhereBirthRegistered);
  return ok(seen);
}

function dateOfBirth(body: Json): FieldResult<BirthDate> {
  if (!has(body, 'dateOfBirth')) return fail(BrmErrors.badRequest);
  const value = body.dateOfBirth;
  const date = typeof value === 'string' ? parseBirthDate(value) : undefined;
  return date ? ok(date) : fail(BrmErrors.invalidDateOfBirth);
}

const REFERENCE_NUMBER_RULES: Record<Country, RegExp> = {
  england: /^[0-9]{9}$/,
  wales: /^[0-9]{9}$/,
  scotland: /^[0-9]{10}$/,
  'northern ireland': /^[0-9]+$/,
};

/**
 * Validates a parsed JSON body (spec §5). Only one error is reported. The reference picks it by the
 * hash order of JSON paths; we use this fixed field order instead, which agrees with the reference
 * except when additionalNames and whereBirthRegistered are both invalid (README):
 * firstName, birthReferenceNumber (type), additionalNames, whereBirthRegistered, lastName, dateOfBirth,
 * and last the birthReferenceNumber format for the country.
 */
export function validatePayload(raw: unknown): PayloadCheck {
  // A JSON array, string or null behaves as an object with every key missing.
  const body: Json = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Json) : {};
  const seen = readCountry(body);

  const invalid = (error: BrmError): PayloadCheck => ({ result: { valid: false, error }, country: seen });
  const firstName = requiredName(body, 'firstName', BrmErrors.invalidFirstName);
  if (!firstName.ok) return invalid(firstName.error);
  const reference = birthReferenceNumber(body);
  if (!reference.ok) return invalid(reference.error);
  const additionalNames = optionalName(body, 'additionalNames', BrmErrors.invalidAdditionalNames);
  if (!additionalNames.ok) return invalid(additionalNames.error);
  const where = country(seen);
  if (!where.ok) return invalid(where.error);
  const lastName = requiredName(body, 'lastName', BrmErrors.invalidLastName);
  if (!lastName.ok) return invalid(lastName.error);
  const dob = dateOfBirth(body);
  if (!dob.ok) return invalid(dob.error);

  if (reference.value !== undefined && !REFERENCE_NUMBER_RULES[where.value].test(reference.value)) {
    return invalid(BrmErrors.invalidBirthReferenceNumber);
  }
  return {
    country: seen,
    result: {
      valid: true,
      payload: {
        birthReferenceNumber: reference.value,
        firstName: firstName.value,
        additionalNames: additionalNames.value,
        lastName: lastName.value,
        dateOfBirth: dob.value,
        whereBirthRegistered: where.value,
      },
    },
  };
}
