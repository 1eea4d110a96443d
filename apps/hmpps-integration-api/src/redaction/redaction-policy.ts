/** Text that replaces a masked value. */
export const REDACTION_MASK = '**REDACTED**';

export type RedactionType = 'REMOVE' | 'MASK';

/** A JSONPath (`$..name` or `$.a.b`) and what happens to every value it finds. */
export type PathRedaction = readonly [path: string, type: RedactionType];

/**
 * One step of a redaction policy. `endpoints` are path templates (as role permissions are); a step
 * without endpoints applies to every response.
 * - `json-path`: masks or removes what the paths find; with `laoOnly`, only for a limited access case.
 * - `lao-reject`: refuses the request outright when it concerns a limited access case.
 * - `person-search-lao`: in a person search (`/v1/persons`), redacts each person who is not known to be
 *   free of access restrictions.
 */
export type ResponseRedaction =
  | { kind: 'json-path'; endpoints?: readonly string[]; laoOnly?: boolean; paths: readonly PathRedaction[] }
  | { kind: 'lao-reject'; endpoints: readonly string[] }
  | { kind: 'person-search-lao'; paths: readonly PathRedaction[] };

/** A named set of redactions a role carries; the response of every operation it matches is redacted. */
export interface RedactionPolicy {
  name: string;
  redactions: readonly ResponseRedaction[];
}
