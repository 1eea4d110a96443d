import { Injectable } from '@nestjs/common';
import { ApiError } from '@libs/errors';
import { errorBody, notFound, requireData } from '../../common/api-errors';
import { PaginatedResponse } from '../../common/envelopes';
import { isLong } from '../../common/long-id';
import { PageRequest } from '../../common/page-query';
import { MAPPA_CATEGORIES, ConsumerFilters } from '../../consumers/consumer-filters';
import { ContactEvent } from '../../domain/probation-records';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { NDeliusGateway } from '../../upstream/ndelius/ndelius.gateway';
import { upstreamErrorMessages } from '../../common/upstream-error-messages';

/** nDelius numbers MAPPA categories 1-4; a consumer without a MAPPA filter sees all four. */
function mappaNumbers(filters: ConsumerFilters): number[] {
  return (filters.mappaCategories ?? MAPPA_CATEGORIES).map((category) => Number(category.slice(3)));
}

/** A person's nDelius contact events, limited to the MAPPA categories the consumer may see. */
@Injectable()
export class ContactEventsService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly ndelius: NDeliusGateway,
  ) {}

  async getContactEvents(
    hmppsId: string,
    { page, perPage }: PageRequest,
    filters: ConsumerFilters,
  ): Promise<PaginatedResponse<ContactEvent>> {
    const crn = await this.crnOf(hmppsId, `NDelius CRN not found for ${hmppsId}`);
    const result = await this.ndelius.getContactEvents(crn, page, perPage, mappaNumbers(filters));
    const events = requireData(result, upstreamErrorMessages(result));
    return {
      data: events.content,
      pagination: {
        isLastPage: page * perPage >= events.totalResults,
        count: events.content.length,
        page,
        perPage,
        totalCount: events.totalResults,
        totalPages: events.totalPages,
      },
    };
  }

  async getContactEvent(
    hmppsId: string,
    contactEventId: string,
    filters: ConsumerFilters,
  ): Promise<ContactEvent> {
    // HEAD binds the id to a Java long: anything else is a type mismatch, before any upstream call.
    if (!isLong(contactEventId)) {
      throw new ApiError(
        400,
        errorBody(
          400,
          "Invalid input type for 'contactEventId'",
          'Type mismatch: contactEventId must be a whole number',
        ),
      );
    }
    const crn = await this.crnOf(hmppsId, `NDelius CRN not found for ${hmppsId} with id ${contactEventId}`);
    const result = await this.ndelius.getContactEvent(crn, contactEventId, mappaNumbers(filters));
    return requireData(result, upstreamErrorMessages(result));
  }

  /** The person's CRN; a person probation does not know (or an unknown id) is the given 404. */
  private async crnOf(hmppsId: string, message: string): Promise<string> {
    const person = await this.identity.lookupPerson(hmppsId);
    const crn = person.data?.identifiers.deliusCrn;
    if (!crn) throw notFound(message);
    return crn;
  }
}
