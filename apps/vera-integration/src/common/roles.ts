/** Manages the provider registry (credentials). */
export const ROLE_VERA_ADMIN = 'ROLE_VERA_ADMIN';
/** An MIS acting for its providers: share requests, learner data, page sign-in links. */
export const ROLE_VERA_MIS = 'ROLE_VERA_MIS';
/** The one OpenAPI security scheme (an HMPPS Auth JWT); which role each operation needs is in its tags. */
export const BEARER_SCHEME = 'bearer';
