import { UpstreamApiError } from './upstream-api-error';

/** `{ data }` — the envelope of most single-object endpoints. */
export interface DataResponse<T> {
  data: T;
}

export interface Pagination {
  isLastPage: boolean;
  count: number;
  page: number;
  perPage: number;
  totalCount: number;
  totalPages: number;
}

/** `{ data: [], pagination }` — every list endpoint. */
export interface PaginatedResponse<T> {
  data: T[];
  pagination: Pagination;
}

/** `{ data, errors }` — the few endpoints that hand upstream errors to the consumer. */
export interface DataWithErrorsResponse<T> {
  data: T;
  errors: UpstreamApiError[];
}

export function dataResponse<T>(data: T): DataResponse<T> {
  return { data };
}
