import { Injectable } from '@nestjs/common';
import { badRequest, notFound, requireData } from '../common/api-errors';
import { ServiceResult, UpstreamApiErrorType } from '../common/upstream-api-error';
import { ConsumerFilters } from '../consumers/consumer-filters';
import { PersonVisitRestriction, Visit, VisitOrders } from '../domain/visit';
import { PersonIdentityService } from '../identity/person-identity.service';
import { ManagePrisonVisitsGateway } from '../upstream/manage-prison-visits/manage-prison-visits.gateway';
import { PrisonApiGateway } from '../upstream/prison-api/prison-api.gateway';

/** The reference's 400 for these operations quotes what was wrong after a fixed prefix. */
function badRequestFromUpstream(result: ServiceResult<unknown>): void {
  const error = result.errors.find((candidate) => candidate.type === UpstreamApiErrorType.BAD_REQUEST);
  if (error) throw badRequest(`Bad request from upstream${error.description ? ` ${error.description}` : ''}`);
}

/** The visit operations on one person, each within the consumer's prisons. */
@Injectable()
export class PersonVisitsService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly visits: ManagePrisonVisitsGateway,
    private readonly prisonApi: PrisonApiGateway,
  ) {}

  /** #36: booked visits still to come. */
  async getFutureVisits(hmppsId: string, filters: ConsumerFilters): Promise<Visit[]> {
    const person = await this.identity.getPersonWithPrisonFilter(hmppsId, filters);
    const nomisNumber = this.nomisNumberOf(hmppsId, person.data?.identifiers.nomisNumber ?? null, person);
    const visits = await this.visits.getFutureVisits(nomisNumber);
    badRequestFromUpstream(visits);
    return requireData(visits, { notFound: notFoundMessage(hmppsId) });
  }

  /** #37: restrictions on the person's visits. */
  async getVisitRestrictions(hmppsId: string, filters: ConsumerFilters): Promise<PersonVisitRestriction[]> {
    const nomisNumber = await this.filteredNomisNumber(hmppsId, filters);
    const restrictions = await this.prisonApi.getVisitRestrictions(nomisNumber);
    badRequestFromUpstream(restrictions);
    return requireData(restrictions, { notFound: notFoundMessage(hmppsId) });
  }

  /** #39: remaining visit orders; as in the reference, none left of either kind is "not found". */
  async getVisitOrders(hmppsId: string, filters: ConsumerFilters): Promise<VisitOrders> {
    const nomisNumber = await this.filteredNomisNumber(hmppsId, filters);
    const orders = requireData(await this.prisonApi.getVisitOrders(nomisNumber), {
      badRequest: `Invalid HMPPS ID: ${hmppsId}`,
      notFound: notFoundMessage(hmppsId),
    });
    if (orders.remainingVisitOrders === 0 || orders.remainingPrivilegeVisitOrders === 0) {
      throw notFound(notFoundMessage(hmppsId));
    }
    return orders;
  }

  private async filteredNomisNumber(hmppsId: string, filters: ConsumerFilters): Promise<string> {
    const result = await this.identity.getNomisNumberWithFilters(hmppsId, filters);
    return this.nomisNumberOf(hmppsId, result.data, result);
  }

  private nomisNumberOf(hmppsId: string, nomisNumber: string | null, result: ServiceResult<unknown>): string {
    badRequestFromUpstream(result);
    requireData(result, { notFound: notFoundMessage(hmppsId) });
    if (!nomisNumber) throw notFound(notFoundMessage(hmppsId));
    return nomisNumber;
  }
}

function notFoundMessage(hmppsId: string): string {
  return `Could not find person with id: ${hmppsId}`;
}
