import { PageParam, PerPageParam } from '../../common/page-query';
import { DateParam } from '../../common/query-rules';

/**
 * HEAD's query: `startDate`, `endDate`, `page`, `perPage`; anything else (such as the seed era's
 * `locationId`) is ignored, as Spring ignores it. The dates are calendar dates; impossible ones are a 400
 * rather than the reference's 500.
 */
export class CaseNotesQuery {
  @DateParam({ description: 'Filter case notes from this date (yyyy-MM-dd)' })
  startDate?: string;

  @DateParam({ description: 'Filter case notes up to this date (yyyy-MM-dd)' })
  endDate?: string;

  @PageParam()
  page!: number;

  @PerPageParam()
  perPage!: number;
}
