/**
 * A failure whose meaning is known: rendered as the JSON envelope for the API and as an explanatory
 * page for the web pages (unlike `ApiError`, whose body is fixed to one format).
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
