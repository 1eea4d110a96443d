import { Injectable } from '@nestjs/common';
import { UpstreamPage } from '../../common/pagination';
import { ServiceResult, UpstreamApi } from '../../common/upstream-api-error';
import { ContactRestriction, DetailedContact, PrisonerContact } from '../../domain/contact';
import { NumberOfChildren } from '../../domain/prisoner-profile';
import {
  ContactLinkedPrisoner,
  ContactSearchCriteria,
  ContactSearchResult,
} from '../../domain/contact-search';
import { Gateway, segment } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import {
  ContactDetailsDto,
  PrisonerContactRestrictionsDto,
  PrisonerContactSummaryDto,
  toContactRestriction,
  toDetailedContact,
  toPrisonerContact,
} from './personal-relationships.dto';
import { toNumberOfChildren } from './number-of-children.dto';
import { toContactSearchPage, toLinkedPrisonerPage } from './contact-search.dto';

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

  /** The first page (the upstream's default size) of a contact's prisoner relationships, one entry each. */
  async getLinkedPrisoners(contactId: string): Promise<ServiceResult<ContactLinkedPrisoner[] | null>> {
    const result = await this.getLinkedPrisonersPage(contactId);
    return { data: result.data ? result.data.content : null, errors: result.errors };
  }

  /** One page (`page` from 0) of a contact's prisoner relationships. */
  async getLinkedPrisonersPage(
    contactId: string,
    paging?: { page: number; size: number },
  ): Promise<ServiceResult<UpstreamPage<ContactLinkedPrisoner> | null>> {
    const result = await this.get<unknown>(`/contact/${segment(contactId)}/linked-prisoners`, paging);
    return { data: result.data ? toLinkedPrisonerPage(result.data) : null, errors: result.errors };
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

  /**
   * One upstream page of a prisoner's contacts; `page` counts from 0 upstream. `emergencyOrNextOfKin`
   * keeps only emergency contacts and next of kin.
   */
  async getPrisonerContacts(
    nomisNumber: string,
    page: number,
    size: number,
    { emergencyOrNextOfKin = false }: { emergencyOrNextOfKin?: boolean } = {},
  ): Promise<ServiceResult<UpstreamPage<PrisonerContact> | null>> {
    const result = await this.get<UpstreamPage<PrisonerContactSummaryDto>>(
      `/prisoner/${segment(nomisNumber)}/contact`,
      emergencyOrNextOfKin ? { page, size, emergencyContactOrNextOfKin: true } : { page, size },
      { badRequestAsError: true },
    );
    return {
      data: result.data
        ? { ...result.data, content: (result.data.content ?? []).map(toPrisonerContact) }
        : null,
      errors: result.errors,
    };
  }

  /** The number of children a prisoner declared; an unusable id is the upstream's 400. */
  async getNumberOfChildren(nomisNumber: string): Promise<ServiceResult<NumberOfChildren | null>> {
    const result = await this.get<unknown>(
      `/prisoner/${segment(nomisNumber)}/number-of-children`,
      undefined,
      { badRequestAsError: true },
    );
    return { data: result.data ? toNumberOfChildren(result.data) : null, errors: result.errors };
  }

  /** One page of a contact search; `page` counts from 0 upstream, criteria left out are not sent. */
  async searchContacts(
    criteria: ContactSearchCriteria,
    page: number,
    size: number,
  ): Promise<ServiceResult<UpstreamPage<ContactSearchResult> | null>> {
    const { searchType, ...names } = criteria;
    const given = Object.fromEntries(Object.entries(names).filter(([, value]) => value !== null));
    const result = await this.get<unknown>(
      '/contact/search',
      { page, size, ...given, searchType },
      { badRequestAsError: true },
    );
    return { data: result.data ? toContactSearchPage(result.data) : null, errors: result.errors };
  }
}
