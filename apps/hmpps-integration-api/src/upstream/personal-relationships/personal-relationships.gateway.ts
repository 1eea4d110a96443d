import { Injectable } from '@nestjs/common';
import { UpstreamPage } from '../../common/pagination';
import { ServiceResult, UpstreamApi } from '../../common/upstream-api-error';
import { ContactRestriction, DetailedContact, PrisonerContact } from '../../domain/contact';
import { Gateway, segment } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import {
  ContactDetailsDto,
  LinkedPrisonerDto,
  PrisonerContactRestrictionsDto,
  PrisonerContactSummaryDto,
  toContactRestriction,
  toDetailedContact,
  toPrisonerContact,
} from './personal-relationships.dto';

/** Personal Relationships (contacts and their restrictions). */
@Injectable()
export class PersonalRelationshipsGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(clients, 'personalRelationships', 'personal-relationships', UpstreamApi.PERSONAL_RELATIONSHIPS);
  }

  async getContact(contactId: string): Promise<ServiceResult<DetailedContact | null>> {
    const result = await this.get<ContactDetailsDto>(`/contact/${segment(contactId)}`);
    return { data: result.data ? toDetailedContact(result.data) : null, errors: result.errors };
  }

  /** The prisoners a contact is related to, each with the ids of those relationships. */
  getLinkedPrisoners(contactId: string): Promise<ServiceResult<LinkedPrisonerDto[] | null>> {
    return this.get<LinkedPrisonerDto[]>(`/contact/${segment(contactId)}/linked-prisoners`);
  }

  /** Restrictions on one prisoner–contact relationship, and the contact's global ones. */
  async getRelationshipRestrictions(
    prisonerContactId: number,
  ): Promise<ServiceResult<{ relationship: ContactRestriction[]; global: ContactRestriction[] } | null>> {
    const result = await this.get<PrisonerContactRestrictionsDto>(
      `/prisoner-contact/${segment(prisonerContactId)}/restriction`,
    );
    return {
      data: result.data
        ? {
            relationship: (result.data.prisonerContactRestrictions ?? []).map(toContactRestriction),
            global: (result.data.contactGlobalRestrictions ?? []).map(toContactRestriction),
          }
        : null,
      errors: result.errors,
    };
  }

  /** One upstream page of a prisoner's contacts; `page` counts from 0 upstream. */
  async getPrisonerContacts(
    nomisNumber: string,
    page: number,
    size: number,
  ): Promise<ServiceResult<UpstreamPage<PrisonerContact> | null>> {
    const result = await this.get<UpstreamPage<PrisonerContactSummaryDto>>(
      `/prisoner/${segment(nomisNumber)}/contact`,
      { page, size },
      { badRequestAsError: true },
    );
    return {
      data: result.data
        ? { ...result.data, content: (result.data.content ?? []).map(toPrisonerContact) }
        : null,
      errors: result.errors,
    };
  }
}
