import { Injectable } from '@nestjs/common';
import { notFound, requireData } from '../common/api-errors';
import { ConsumerFilters, matchesPrison } from '../consumers/consumer-filters';
import { Visit } from '../domain/visit';
import { ManagePrisonVisitsGateway } from '../upstream/manage-prison-visits/manage-prison-visits.gateway';

@Injectable()
export class VisitReferenceService {
  constructor(private readonly visits: ManagePrisonVisitsGateway) {}

  /** #16. The prison filter is applied to the visit's own prison; a visit without one is not found. */
  async getVisit(reference: string, filters: ConsumerFilters): Promise<Visit> {
    const message = `Could not find visit information for visit reference: ${reference}`;
    const visit = requireData(await this.visits.getVisit(reference), { notFound: message });
    if (!visit.prisonId?.trim() || !matchesPrison(filters, visit.prisonId)) throw notFound(message);
    return visit;
  }
}
