import type { Paramtype, Type } from '@nestjs/common';

export interface ValidationIssue {
  /** Where the problem is: `firstName`, `items[2].name`, or '' for the whole value. */
  path: string;
  /** Rule name → message, as class-validator reports them (e.g. `isNotEmpty`), plus the platform's own rules. */
  constraints: Record<string, string>;
  /** What was sent there, for formatters that quote it; never logged. */
  value: unknown;
}

/** Platform rules, reported like class-validator's. */
export const UNSTORABLE_TEXT = 'unstorableText';
/** The whole body is not a JSON object (not class-validator's `isObject`, which a nested field reports). */
export const NOT_AN_OBJECT = 'bodyNotAnObject';
/** The whole body is not a JSON array where a list of items is expected. */
export const NOT_A_LIST = 'bodyNotAList';
/** A list body holds fewer or more items than the route takes. */
export const WRONG_LIST_SIZE = 'bodyListSize';
/** class-validator's name for a property the DTO does not declare. */
export const UNKNOWN_PROPERTY = 'whitelistValidation';

/**
 * A request's body, query or path parameters broke their DTO's rules. Each app's error mapper turns it
 * into its own envelope, messages and order; the pipe only says what is wrong and where.
 */
export class RequestValidationError extends Error {
  constructor(
    readonly location: Paramtype,
    readonly issues: readonly ValidationIssue[],
    /** The DTO's class name, for formatters that name it as the reference does. */
    readonly dtoName?: string,
    /** The DTO itself, for formatters that list its properties (`declaredProperties`). */
    readonly dto?: Type<unknown>,
  ) {
    super(`invalid ${location}: ${issues.map((issue) => issue.path || location).join(', ')}`);
    this.name = 'RequestValidationError';
  }
}
