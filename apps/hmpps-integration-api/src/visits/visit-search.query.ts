import { DateParam, TextParam, WholeNumberParam } from '../common/query-rules';
import { VISIT_STATUSES, VisitSearch } from './visit-search.service';

/** HEAD's own names: `page` and `size`. An unknown or missing visitStatus is the service's 400. */
export class VisitSearchQuery {
  @TextParam({ required: true, enum: VISIT_STATUSES })
  visitStatus?: string;

  @TextParam({ description: 'The HMPPS ID of the person' })
  hmppsId?: string;

  @DateParam({ description: 'yyyy-MM-dd: visits starting on or after' })
  fromDate?: string;

  @DateParam({ description: 'yyyy-MM-dd: visits starting on or before' })
  toDate?: string;

  @WholeNumberParam(1)
  page!: number;

  @WholeNumberParam(10)
  size!: number;
}

/** The search the query asks for: what is sent to Manage Prison Visits, and the audit event's details. */
export function visitSearchOf(prisonId: string, query: VisitSearchQuery): VisitSearch {
  const { visitStatus, hmppsId, fromDate, toDate, page, size } = query;
  return { prisonId, visitStatus: visitStatus ?? '', hmppsId, fromDate, toDate, page, size };
}
