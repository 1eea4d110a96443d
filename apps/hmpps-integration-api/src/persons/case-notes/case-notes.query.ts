import { PageParam, PerPageParam } from '../../common/page-query';
import { DateParam, TextParam } from '../../common/query-rules';

/** startDate/endDate are calendar dates; impossible ones are a 400 rather than the reference's 500. */
export class CaseNotesQuery {
  @DateParam({ description: 'Filter case notes from this date (yyyy-MM-dd)' })
  startDate?: string;

  @DateParam({ description: 'Filter case notes up to this date (yyyy-MM-dd)' })
  endDate?: string;

  @TextParam({ description: 'Filter by the location, e.g. MDI' })
  locationId?: string;

  @PageParam()
  page!: number;

  @PerPageParam()
  perPage!: number;
}
