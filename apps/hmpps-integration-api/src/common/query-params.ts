import { badRequest } from './api-errors';

/**
 * Query parameter readers. The reference let Spring throw on bad values (500); here every bad value
 * is a 400 in the usual envelope (fidelity policy).
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const INVALID_DATE_MESSAGE = 'Invalid date format. Please use yyyy-MM-dd.';

/** A 1-based page number or page size; absent means the documented default. */
export function positiveInteger(value: string | undefined, name: string, defaultValue: number): number {
  if (value === undefined || value === '') return defaultValue;
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw badRequest(`Invalid value for '${name}': must be a whole number of at least 1`);
  }
  return Number(value);
}

export interface PageRequest {
  page: number;
  perPage: number;
}

export function pageRequest(query: { page?: string; perPage?: string }, defaultPerPage = 10): PageRequest {
  return {
    page: positiveInteger(query.page, 'page', 1),
    perPage: positiveInteger(query.perPage, 'perPage', defaultPerPage),
  };
}

/** A calendar date `yyyy-MM-dd` that really exists (2023-02-30 is refused). */
export function isoDate(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!ISO_DATE.test(value)) throw badRequest(INVALID_DATE_MESSAGE);
  const parsed = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value)
    throw badRequest(INVALID_DATE_MESSAGE);
  return value;
}

/** `true`/`false` as Spring binds booleans (case-insensitive); anything else is a 400. */
export function booleanParam(value: string | undefined, name: string, defaultValue: boolean): boolean {
  if (value === undefined || value === '') return defaultValue;
  const lower = value.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  throw badRequest(`Invalid value for '${name}': must be true or false`);
}

/** Repeated query keys arrive as arrays; a single value is what these endpoints accept. */
export function singleValue(value: string | string[] | undefined, name: string): string | undefined {
  if (Array.isArray(value)) throw badRequest(`Query parameter '${name}' may be given only once`);
  return value;
}

export type QueryMap = Record<string, string | string[] | undefined>;

/** The name search shared by person search (#1) and prisoner search (#12). */
export interface NameSearchQuery {
  firstName?: string;
  lastName?: string;
  dateOfBirth?: string;
  searchWithinAliases: boolean;
}

/** Reads first_name, last_name, date_of_birth and search_within_aliases; `extra` names further criteria. */
export function nameSearchQuery(query: QueryMap, extra: string[] = []): NameSearchQuery {
  const value = (name: string) => singleValue(query[name], name) || undefined;
  if (!['first_name', 'last_name', 'date_of_birth', ...extra].some((name) => value(name) !== undefined)) {
    throw badRequest('No query parameters specified.');
  }
  return {
    firstName: value('first_name'),
    lastName: value('last_name'),
    dateOfBirth: isoDate(value('date_of_birth')),
    searchWithinAliases: booleanParam(value('search_within_aliases'), 'search_within_aliases', false),
  };
}

export function pageRequestOf(query: QueryMap, defaultPerPage = 10): PageRequest {
  return pageRequest(
    { page: singleValue(query.page, 'page'), perPage: singleValue(query.perPage, 'perPage') },
    defaultPerPage,
  );
}
