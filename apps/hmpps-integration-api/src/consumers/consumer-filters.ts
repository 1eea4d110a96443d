/** Where a person is supervised: in prison, on probation, or neither. */
export const SUPERVISION_STATUSES = ['PRISONS', 'PROBATION', 'NONE'] as const;
export type SupervisionStatus = (typeof SUPERVISION_STATUSES)[number];

/** The MAPPA categories a consumer may be limited to. */
export const MAPPA_CATEGORIES = ['CAT1', 'CAT2', 'CAT3', 'CAT4'] as const;
export type MappaCategory = (typeof MAPPA_CATEGORIES)[number];

/** Any filter list holding this value is no filter at all. */
export const WILDCARD = '*';

export const FILTER_KINDS = [
  'prisons',
  'caseNotes',
  'mappaCategories',
  'alertCodes',
  'supervisionStatuses',
] as const;
export type FilterKind = (typeof FILTER_KINDS)[number];

/** The filter lists one role or one consumer's own config sets; a kind left out filters nothing there. */
export type FilterLists = Partial<Record<FilterKind, readonly string[]>>;

/**
 * A consumer's data filters (the reference's ADR 0013), merged from its own config and its roles. `null` means that
 * kind does not filter; a list (possibly empty) is all the consumer may see:
 * - `prisons`: prison ids (`[]`: none at all);
 * - `caseNotes`: case-note types;
 * - `mappaCategories`: MAPPA categories;
 * - `alertCodes`: alert codes;
 * - `supervisionStatuses`: whether people in prison, on probation and/or neither may be seen.
 * Data a filter removes is reported as not found, never as forbidden.
 */
export interface ConsumerFilters {
  prisons: readonly string[] | null;
  caseNotes: readonly string[] | null;
  mappaCategories: readonly MappaCategory[] | null;
  alertCodes: readonly string[] | null;
  supervisionStatuses: readonly SupervisionStatus[] | null;
}

export const NO_FILTERS: ConsumerFilters = {
  prisons: null,
  caseNotes: null,
  mappaCategories: null,
  alertCodes: null,
  supervisionStatuses: null,
};

/**
 * Merges the lists of a consumer and its roles kind by kind: the union of every list that sets the
 * kind, or no filter when none does or any list holds `*`.
 */
export function mergeFilters(sources: readonly FilterLists[]): ConsumerFilters {
  const merge = (kind: FilterKind): string[] | null => {
    const lists = sources.map((source) => source[kind]).filter((list) => list !== undefined);
    if (lists.length === 0) return null;
    const values = [...new Set(lists.flat())];
    return values.includes(WILDCARD) ? null : values;
  };
  return {
    prisons: merge('prisons'),
    caseNotes: merge('caseNotes'),
    mappaCategories: merge('mappaCategories') as MappaCategory[] | null,
    alertCodes: merge('alertCodes'),
    supervisionStatuses: merge('supervisionStatuses') as SupervisionStatus[] | null,
  };
}

export function matchesPrison(filters: ConsumerFilters, prisonId: string | null | undefined): boolean {
  if (filters.prisons === null) return true;
  return prisonId !== null && prisonId !== undefined && filters.prisons.includes(prisonId);
}

/** A filter on prisons or supervision statuses: some people are out of the consumer's scope. */
export function limitsPeople(filters: ConsumerFilters): boolean {
  return filters.prisons !== null || limitsSupervision(filters);
}

/** A supervision filter; one of all three statuses limits nothing. */
export function limitsSupervision(filters: ConsumerFilters): boolean {
  const statuses = filters.supervisionStatuses;
  return statuses !== null && !SUPERVISION_STATUSES.every((status) => statuses.includes(status));
}

/** Prison data may be shown: no supervision filter, or one that includes prisons, or a prison filter. */
export function canAccessPrisons(filters: ConsumerFilters): boolean {
  return (
    filters.supervisionStatuses === null ||
    filters.prisons !== null ||
    filters.supervisionStatuses.includes('PRISONS')
  );
}

/** Probation data may be shown: no supervision filter, or one that includes probation. */
export function canAccessProbation(filters: ConsumerFilters): boolean {
  return filters.supervisionStatuses === null || filters.supervisionStatuses.includes('PROBATION');
}

/** Only people in prison: a prison filter, or a supervision filter of prisons alone. */
export function isPrisonsOnly(filters: ConsumerFilters): boolean {
  return filters.prisons !== null || onlyStatus(filters, 'PRISONS');
}

/** Only people on probation: a supervision filter of probation alone. */
export function isProbationOnly(filters: ConsumerFilters): boolean {
  return onlyStatus(filters, 'PROBATION');
}

function onlyStatus(filters: ConsumerFilters, status: SupervisionStatus): boolean {
  return filters.supervisionStatuses?.length === 1 && filters.supervisionStatuses[0] === status;
}
