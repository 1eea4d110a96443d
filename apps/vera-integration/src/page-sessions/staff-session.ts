import type { FieldErrors } from '../pages/page-forms';

/** A form's answer carried across POST-redirect-GET: what was typed and what was wrong with it. */
export interface FormFlash {
  form: string;
  values: Record<string, string>;
  errors: FieldErrors;
  /** Date of birth fields to mark as wrong (GOV.UK date input). */
  invalidDateParts?: string[];
}

/** What a page session holds (stored sealed, server-side; the cookie carries only the signed session id). */
export interface StaffSessionData {
  ukprn?: string;
  providerName?: string;
  username?: string;
  /** Epoch ms: a session lasts VERA_PAGE_SESSION_MINUTES from sign-in, however often it is used. */
  expiresAt?: number;
  flash?: FormFlash;
  /** The ULN whose record the "Look up by ULN" result page shows. */
  lookedUpUln?: string;
  /** The learner found by "Send to the learner's phone", until the request is sent. */
  mobileLearner?: { mobileNumber: string; dateOfBirth: string };
  /** @fastify/csrf-protection's secret for this session's form tokens. */
  _csrf?: string;
}

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Session extends StaffSessionData {}
}
