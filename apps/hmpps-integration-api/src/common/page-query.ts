import { WholeNumberParam } from './query-rules';

/** Most paged operations give ten a page unless asked otherwise. */
export const DEFAULT_PER_PAGE = 10;

export interface PageRequest {
  page: number;
  perPage: number;
}

/** `page`: the 1-based page number, 1 by default. */
export const PageParam = () => WholeNumberParam(1, { description: 'The page number (starting from 1)' });

/** `perPage`: the page size, the operation's own default unless given. */
export const PerPageParam = (defaultPerPage = DEFAULT_PER_PAGE) =>
  WholeNumberParam(defaultPerPage, { description: 'The maximum number of results for a page' });

/** The query of an operation that pages its answer and takes nothing else. */
export class PageQuery implements PageRequest {
  @PageParam()
  page!: number;

  @PerPageParam()
  perPage!: number;
}
