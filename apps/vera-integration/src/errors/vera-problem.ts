/**
 * What a failure means to its caller, for whichever format it gets: the JSON envelope for the API, an
 * explanatory page for the web pages. `userMessage` is for people (no identifiers, no jargon);
 * `developerMessage` names the values and answers involved. Only the error mapper makes these.
 */
export interface VeraProblem {
  readonly status: number;
  readonly errorCode: string;
  readonly userMessage: string;
  readonly developerMessage: string;
}

export function problem(
  status: number,
  errorCode: string,
  userMessage: string,
  developerMessage: string = userMessage,
): VeraProblem {
  return { status, errorCode, userMessage, developerMessage };
}

/** The failures vera's own code raises: status, code and words for people, in one catalogue. */
const FAILURES = {
  VALIDATION_FAILED: [400, 'VALIDATION_FAILED', 'Some of the details sent are not valid.'],
  PROVIDER_NOT_FOUND: [
    404,
    'PROVIDER_NOT_FOUND',
    'This organisation is not set up to use the service. Ask an administrator to add it.',
  ],
  PROVIDER_CONFLICT: [
    409,
    'PROVIDER_CONFLICT',
    'These details are already used by another organisation set up in the service.',
  ],
  PROVIDER_CREDENTIALS_REJECTED: [
    422,
    'PROVIDER_CREDENTIALS_REJECTED',
    'DfE did not accept these credentials. Check the tenant, client id and secret DfE issued to this organisation.',
  ],
  SHARE_REQUEST_NOT_FOUND: [
    404,
    'SHARE_REQUEST_NOT_FOUND',
    'We could not find this share request. Start a new one.',
  ],
  SHARE_REQUEST_REJECTED_OR_EXPIRED: [
    410,
    'SHARE_REQUEST_REJECTED_OR_EXPIRED',
    'The learner declined the request, or it expired before they answered. Start a new request.',
  ],
  LEARNER_NOT_FOUND: [
    404,
    'LEARNER_NOT_FOUND',
    'No learner with that mobile number and date of birth has an education record.',
  ],
  LEARNER_NOT_SHARED: [
    404,
    'LEARNER_NOT_SHARED',
    'This learner has not shared their education record with your organisation, or the ULN is not known to DfE.',
  ],
  SIGN_IN_REQUIRED: [401, 'SIGN_IN_REQUIRED', 'Sign in through your MIS to use these pages.'],
  SIGN_IN_LINK_EXPIRED: [401, 'SIGN_IN_REQUIRED', 'This sign-in link has expired or has already been used.'],
  ACTIVE_KEY_MISMATCH: [
    409,
    'ACTIVE_KEY_MISMATCH',
    'This copy of the service is not yet using the new encryption key. Try again when the rollout has finished.',
  ],
} as const satisfies Record<string, readonly [number, string, string]>;

export type VeraFailureKind = keyof typeof FAILURES;

/**
 * A failure whose meaning is known, thrown by vera's services, guards and pipes: which one (`kind`) and
 * the developer's detail. How it is answered (status, code, words) is the error mapper's business.
 */
export class VeraFailure extends Error {
  constructor(
    readonly kind: VeraFailureKind,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'VeraFailure';
  }
}

export function describeFailure(failure: VeraFailure): VeraProblem {
  const [status, errorCode, userMessage] = FAILURES[failure.kind];
  return problem(status, errorCode, userMessage, failure.detail);
}

/** 400 VALIDATION_FAILED: `detail` says which field and why. */
export function invalidRequest(detail: string): VeraFailure {
  return new VeraFailure('VALIDATION_FAILED', detail);
}
