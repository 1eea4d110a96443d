import { Injectable } from '@nestjs/common';
import { badRequest, notFound, requireData } from '../common/api-errors';
import { PaginatedResponse } from '../common/envelopes';
import { fromUpstreamPage } from '../common/pagination';
import { ConsumerFilters, matchesPrison } from '../consumers/consumer-filters';
import { Visit } from '../domain/visit';
import { PersonIdentityService } from '../identity/person-identity.service';
import { ManagePrisonVisitsGateway } from '../upstream/manage-prison-visits/manage-prison-visits.gateway';

export const VISIT_STATUSES = ['BOOKED', 'CANCELLED'];

export interface VisitSearch {
  prisonId: string;
  visitStatus: string;
  hmppsId?: string;
  fromDate?: string;
  toDate?: string;
  /** 1-based, as every page number of this API. */
  page: number;
  size: number;
}

const INVALID_QUERY = 'Invalid query parameters.';
const NOT_FOUND = 'Could not find visits with supplied query parameters.';

@Injectable()
export class VisitSearchService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly visits: ManagePrisonVisitsGateway,
  ) {}

  /**
   * #15. The prison in the path is checked against the consumer's prisons before any call. Our pages
   * count from 1 and Manage Prison Visits' from 0, so the page is shifted both ways.
   */
  async search(search: VisitSearch, filters: ConsumerFilters): Promise<PaginatedResponse<Visit>> {
    if (!VISIT_STATUSES.includes(search.visitStatus)) throw badRequest(INVALID_QUERY);
    if (!matchesPrison(filters, search.prisonId)) throw notFound(NOT_FOUND);
    const messages = { badRequest: INVALID_QUERY, notFound: NOT_FOUND };
    const prisonerId = search.hmppsId
      ? requireData(await this.identity.getNomisNumber(search.hmppsId), messages)
      : undefined;
    const result = await this.visits.searchVisits({
      prisonId: search.prisonId,
      visitStatus: search.visitStatus,
      prisonerId,
      visitStartDate: search.fromDate,
      visitEndDate: search.toDate,
      page: search.page - 1,
      size: search.size,
    });
    const page = requireData(result, messages);
    return fromUpstreamPage({ ...page, number: page.number + 1 }, (visit) => visit);
  }
}
