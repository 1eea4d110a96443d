/** A 0-based page of an upstream search (`page`, `size`), as the HMPPS search services take it. */
export interface UpstreamPageRequest {
  page: number;
  size: number;
}

/**
 * What both probation searches (nDelius' case search, Probation Offender Search's person search) match
 * people on: the same fields, each gateway sending them in its own way.
 */
export interface ProbationCaseCriteria {
  firstName?: string;
  surname?: string;
  pncNumber?: string;
  dateOfBirth?: string;
  includeAliases: boolean;
}
