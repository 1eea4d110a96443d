import { PaginatedResponse } from './envelopes';

/**
 * In-memory paging of a fully fetched, already sorted list, with Spring `PageImpl` numbers
 *: an empty list has 0 pages and is the last page; a page past the end is empty.
 */
export function paginate<T>(items: readonly T[], page: number, perPage: number): PaginatedResponse<T> {
  const start = (page - 1) * perPage;
  const end = Math.min(start + perPage, items.length);
  const data = start < end ? items.slice(start, end) : [];
  const totalPages = Math.ceil(items.length / perPage);
  return {
    data,
    pagination: {
      isLastPage: page >= totalPages,
      count: data.length,
      page,
      perPage,
      totalCount: items.length,
      totalPages,
    },
  };
}

/** An upstream's Spring page object, whose numbers are passed through unchanged. */
export interface UpstreamPage<T> {
  content: T[];
  number: number;
  size: number;
  totalElements: number;
  totalPages: number;
  last: boolean;
  numberOfElements: number;
}

export function fromUpstreamPage<T, R>(page: UpstreamPage<T>, map: (item: T) => R): PaginatedResponse<R> {
  return {
    data: page.content.map(map),
    pagination: {
      isLastPage: page.last,
      count: page.numberOfElements,
      page: page.number,
      perPage: page.size,
      totalCount: page.totalElements,
      totalPages: page.totalPages,
    },
  };
}
