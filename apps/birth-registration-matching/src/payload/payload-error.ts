import { NOT_AN_OBJECT, RequestValidationError, type ValidationIssue } from '@libs/platform';
import { BrmError, BrmErrors } from '../errors/brm-errors';
import { countryOf, MATCH_RULES } from '../match/match-request.dto';
import type { Country } from './match-payload';

type Field =
  | 'birthReferenceNumber'
  | 'firstName'
  | 'additionalNames'
  | 'lastName'
  | 'dateOfBirth'
  | 'whereBirthRegistered';

/** A check of the fixed order: the field, the rules it covers, and the error a broken one gives. */
interface Step {
  readonly field: Field;
  readonly rules: readonly string[];
  readonly error: BrmError;
}

const wrong = (field: Field, rule: string, error: BrmError): Step => ({ field, rules: [rule], error });
const missing = (field: Field): Step => ({
  field,
  rules: [MATCH_RULES.present],
  error: BrmErrors.badRequest,
});

/**
 * Only one error is reported. The reference picks it by the hash order of JSON paths; BRM uses this fixed
 * order instead, which agrees with the reference except when additionalNames and whereBirthRegistered are
 * both invalid (README): firstName, birthReferenceNumber (type), additionalNames, whereBirthRegistered,
 * lastName, dateOfBirth, and last the birthReferenceNumber format for the country.
 */
const ORDER: readonly Step[] = [
  missing('firstName'),
  wrong('firstName', MATCH_RULES.name, BrmErrors.invalidFirstName),
  wrong('birthReferenceNumber', MATCH_RULES.text, BrmErrors.invalidBirthReferenceNumber),
  wrong('additionalNames', MATCH_RULES.name, BrmErrors.invalidAdditionalNames),
  missing('whereBirthRegistered'),
  wrong('whereBirthRegistered', MATCH_RULES.country, BrmErrors.invalidWhereBirthRegistered),
  missing('lastName'),
  wrong('lastName', MATCH_RULES.name, BrmErrors.invalidLastName),
  missing('dateOfBirth'),
  wrong('dateOfBirth', MATCH_RULES.birthDate, BrmErrors.invalidDateOfBirth),
  wrong('birthReferenceNumber', MATCH_RULES.referenceForCountry, BrmErrors.invalidBirthReferenceNumber),
];

function broke(issues: readonly ValidationIssue[], step: Step): boolean {
  return issues.some(
    (issue) => issue.path === step.field && step.rules.some((rule) => rule in issue.constraints),
  );
}

/**
 * BRM's formatter for the platform's `RequestValidationError`: the one documented error of the first
 * broken rule in BRM's order. A body that is no JSON object counts as one with every key missing.
 */
export function payloadError(error: RequestValidationError): BrmError {
  if (error.issues.some((issue) => NOT_AN_OBJECT in issue.constraints)) return BrmErrors.badRequest;
  return ORDER.find((step) => broke(error.issues, step))?.error ?? BrmErrors.badRequest;
}

/** What the country field held, for the country counters, even when the payload is invalid. */
export type CountrySeen = Country | 'invalid' | 'absent';

export function countrySeen(body: unknown): CountrySeen {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'absent';
  const value = (body as Record<string, unknown>).whereBirthRegistered;
  if (value === undefined) return 'absent';
  return countryOf(value) ?? 'invalid';
}
