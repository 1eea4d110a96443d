/** Upstream names used in errors, logs and metrics labels. */
export const VERA_UPSTREAM = 'vera';
export const ENTRA_UPSTREAM = 'entra';
