import type { HmrcErrorBody } from '@libs/errors';

/** One documented BRM error answer: HTTP status plus the HMRC `{code, message}` body. */
export interface BrmError {
  readonly status: number;
  readonly body: HmrcErrorBody;
}

/**
 * A request BRM answers with one of its documented errors: thrown anywhere in BRM's code, rendered by
 * the one mapper (`brm-error-mapper.ts`) as the status, the HMRC `{code, message}` body and the vendor
 * `Accept` header.
 */
export class BrmFailure extends Error {
  constructor(readonly error: BrmError) {
    super(`${error.status} ${error.body.code}`);
    this.name = 'BrmFailure';
  }
}

function brmError(status: number, code: string, message: string): BrmError {
  return { status, body: { code, message } };
}

/** The error catalogue of the reference; wording follows the reference code, not its README. */
export const BrmErrors = {
  badRequest: brmError(400, 'BAD_REQUEST', 'Provided request is invalid.'),
  invalidFirstName: brmError(400, 'INVALID_FIRSTNAME', 'Provided firstName is invalid.'),
  invalidAdditionalNames: brmError(400, 'INVALID_ADDITIONALNAMES', 'Provided additionalNames are invalid.'),
  invalidLastName: brmError(400, 'INVALID_LASTNAME', 'Provided lastName is invalid.'),
  invalidDateOfBirth: brmError(400, 'INVALID_DATE_OF_BIRTH', 'Provided dateOfBirth is invalid.'),
  invalidBirthReferenceNumber: brmError(
    400,
    'INVALID_BIRTH_REFERENCE_NUMBER',
    'The birth reference number does not meet the validation requirements',
  ),
  invalidWhereBirthRegistered: brmError(
    403,
    'INVALID_WHERE_BIRTH_REGISTERED',
    'Provided Country is invalid.',
  ),
  invalidAuditSource: brmError(401, 'INVALID_AUDITSOURCE', 'Provided Audit-Source is invalid.'),
  invalidAcceptHeader: brmError(406, 'INVALID_ACCEPT_HEADER', 'Accept header is invalid.'),
  invalidContentType: brmError(406, 'INVALID_CONTENT_TYPE', 'Accept header is invalid.'),
  groConnectionDown: brmError(
    503,
    'GRO_CONNECTION_DOWN',
    'General Registry Office: England and Wales is unavailable',
  ),
  nrsConnectionDown: brmError(
    503,
    'NRS_CONNECTION_DOWN',
    'National Records Scotland: Scotland is unavailable',
  ),
  desConnectionDown: brmError(503, 'DES_CONNECTION_DOWN', 'DES is unavailable'),
  // The reference answers these 500s with an empty body; we name the upstream instead (README, fidelity).
  groUnexpectedResponse: brmError(
    500,
    'GRO_UNEXPECTED_RESPONSE',
    'General Registry Office: England and Wales returned an unexpected response',
  ),
  nrsUnexpectedResponse: brmError(
    500,
    'NRS_UNEXPECTED_RESPONSE',
    'National Records Scotland: Scotland returned an unexpected response',
  ),
  groNiUnexpectedResponse: brmError(
    500,
    'GRO_NI_UNEXPECTED_RESPONSE',
    'General Registry Office: Northern Ireland returned an unexpected response',
  ),
  internalError: brmError(500, 'INTERNAL_SERVER_ERROR', 'An unexpected error occurred.'),
} as const;
