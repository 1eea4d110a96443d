/**
 * A consumer's data filters (ADR 0013). `prisons`: null = every prison, `[]` = none, a list = only those.
 * Data a filter removes is reported as not found, never as forbidden.
 */
export interface ConsumerFilters {
  prisons: string[] | null;
}

export const NO_FILTERS: ConsumerFilters = { prisons: null };

export function matchesPrison(filters: ConsumerFilters, prisonId: string | null | undefined): boolean {
  if (filters.prisons === null) return true;
  return prisonId !== null && prisonId !== undefined && filters.prisons.includes(prisonId);
}
