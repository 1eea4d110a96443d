import { AuthenticatedUser, ForbiddenRoleError, hasAnyRole } from '@libs/auth';

/** Consumer services that read stored matches (two underscores before `RO`). */
export const ROLE_SEARCH_RO = 'ROLE_LEARNER_RECORDS_SEARCH__RO';
/** The match UI (two underscores after `RECORDS`). */
export const ROLE_MATCH_UI = 'ROLE_LEARNER_RECORDS__LEARNER_RECORDS_MATCH_UI';
export const ROLE_SAR_DATA_ACCESS = 'ROLE_SAR_DATA_ACCESS';

/**
 * Called first by the `@Checked` parameter decorator, before any argument is validated, so that a
 * caller without the role learns nothing about the body or headers (the reference checked roles
 * after validation; see README, differences).
 */
export function requireAnyRole(user: AuthenticatedUser | undefined, roles: readonly string[]): void {
  if (!hasAnyRole(user, roles)) throw new ForbiddenRoleError(roles);
}
