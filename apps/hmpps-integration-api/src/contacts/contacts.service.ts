import { Injectable } from '@nestjs/common';
import { ApiError } from '@libs/errors';
import { errorBody, requireData } from '../common/api-errors';
import { PaginatedResponse } from '../common/envelopes';
import { isLong } from '../common/long-id';
import { fromUpstreamPage } from '../common/pagination';
import { PageRequest } from '../common/page-query';
import { ConsumerFilters } from '../consumers/consumer-filters';
import { DetailedContact, PrisonerContact } from '../domain/contact';
import { PersonIdentityService } from '../identity/person-identity.service';
import { PersonalRelationshipsGateway } from '../upstream/personal-relationships/personal-relationships.gateway';

@Injectable()
export class ContactsService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly relationships: PersonalRelationshipsGateway,
  ) {}

  /**
   * #40. Personal Relationships counts pages from 0 and this API from 1: the page asked for is shifted
   * down on the way out and the upstream page number shifted back up in the answer (the reference passed
   * it unchanged, so its page 1 was the upstream's second page).
   */
  async getPrisonerContacts(
    hmppsId: string,
    { page, perPage }: PageRequest,
    filters: ConsumerFilters,
    options: { emergencyOrNextOfKin?: boolean } = {},
  ): Promise<PaginatedResponse<PrisonerContact>> {
    const messages = {
      badRequest: `Invalid HMPPS ID: ${hmppsId}`,
      notFound: `Could not find person with id: ${hmppsId}`,
    };
    const nomisNumber = requireData(
      await this.identity.getNomisNumberWithFilters(hmppsId, filters),
      messages,
    );
    const contacts = requireData(
      await this.relationships.getPrisonerContacts(nomisNumber, page - 1, perPage, options),
      messages,
    );
    return fromUpstreamPage({ ...contacts, number: contacts.number + 1 }, (contact) => contact);
  }

  /** #41. The reference's answers: a 400 without a user message, and a 404 whose message is the id. */
  async getContact(contactId: string): Promise<DetailedContact> {
    if (!isLong(contactId)) throw new ApiError(400, errorBody(400, null, 'Validation failure: null'));
    return requireData(await this.relationships.getContact(contactId), { notFound: contactId });
  }
}
