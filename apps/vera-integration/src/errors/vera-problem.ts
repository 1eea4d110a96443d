/**
 * A failure whose meaning is known: rendered as the JSON envelope for the API and as an explanatory
 * page for the web pages (unlike `ApiError`, whose body is fixed to one format). `userMessage` is for
 * people (no identifiers, no jargon); `developerMessage` names the values and answers involved.
 */
export class VeraProblem extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    readonly userMessage: string,
    readonly developerMessage: string = userMessage,
  ) {
    super(developerMessage);
    this.name = 'VeraProblem';
  }
}

/** 400 VALIDATION_FAILED: `detail` says which field and why. */
export function invalidRequest(detail: string): VeraProblem {
  return new VeraProblem(400, 'VALIDATION_FAILED', 'Some of the details sent are not valid.', detail);
}
