/**
 * Refusals the platform makes before any app code runs. Their messages are the platform's own words,
 * never the request's content, so mappers may show them.
 */

/** The request itself is unusable: a target the router would read differently, a malformed head, a slow client. */
export class RequestRefusedError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'RequestRefusedError';
  }
}

/** A JSON or form body that is not valid UTF-8, or JSON nested deeper than the platform's limit. */
export class MalformedBodyError extends Error {
  readonly statusCode = 400;

  constructor(message: string) {
    super(message);
    this.name = 'MalformedBodyError';
  }
}

/** A body in a media type the route does not read. */
export class UnsupportedMediaTypeError extends Error {
  readonly statusCode = 415;

  constructor(
    /** What the client sent, as it sent it (possibly absent); for messages, bounded by the mapper. */
    readonly contentType: string | undefined,
    /** What the route reads, e.g. `application/json`. */
    readonly expected: string,
  ) {
    super(`Content-Type ${contentType === undefined ? 'missing' : 'not accepted'}: send ${expected}`);
    this.name = 'UnsupportedMediaTypeError';
  }
}
