/**
 * What went wrong in a service, in the domain's words: services throw these (through the factories in
 * api-errors.ts), never HTTP answers; the app's one error mapper (error-mapper.ts) writes each as the
 * reference's `ErrorResponse`.
 */
export type ServiceErrorKind =
  /** The request names nothing that can exist (an id of no known form, a bad value): 400. */
  | 'invalid-request'
  /** Nothing by that id: 404. */
  | 'not-found'
  /** The consumer's filters leave the subject out: 404 saying only "could not be found". */
  | 'filtered-out'
  /** An upstream refused the action: 403. */
  | 'forbidden-by-upstream'
  /** The request repeats one already done: 409. */
  | 'conflict'
  /** An upstream answered in a way the operation does not document: 500 naming it. */
  | 'upstream-failure'
  /** An upstream succeeded without data, or an internal step failed: 500. */
  | 'unexpected';

export class ServiceError extends Error {
  constructor(
    readonly kind: ServiceErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
