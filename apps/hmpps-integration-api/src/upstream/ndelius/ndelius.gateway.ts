import { Injectable } from '@nestjs/common';
import {
  failure,
  hasError,
  ServiceResult,
  success,
  UpstreamApi,
  upstreamApiError,
  UpstreamApiErrorType,
} from '../../common/upstream-api-error';
import { Address } from '../../domain/address';
import { Offender } from '../../domain/offender';
import { isNomisNumber, isPncNumber } from '../../identity/hmpps-id';
import { DeliusAddressDto, OffenderDto, toAddress, toOffender } from '../shared/offender.dto';
import { ProbationCaseCriteria } from '../shared/search-requests';
import { ReferenceDataCategories } from '../../domain/reference-data';
import { Gateway, segment } from '../shared/gateway';
import { CaseAccess, UserAccessDto } from './case-access.dto';
import { UpstreamClients } from '../shared/upstream-clients';
import { ProbationCase } from '../../domain/probation-case';
import { DeliusSupervisionsDto, toProbationCase } from './supervisions.dto';
import { JsonObject } from '@libs/upstream';
import { AccessLimitations, ContactEvent, ContactEventPage } from '../../domain/probation-records';
import { toAccessLimitations, toContactEvent, toContactEventPage } from './probation-records.dto';

interface ProbationReferenceDataDto {
  probationReferenceData?: ReferenceDataCategories | null;
}

interface CaseAddressesDto {
  contactDetails?: { addresses?: DeliusAddressDto[] | null } | null;
}

/** nDelius external API (`external-api-and-delius`). */
@Injectable()
export class NDeliusGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(clients, 'ndelius', 'ndelius', UpstreamApi.NDELIUS);
  }

  /**
   * The one probation case an id names, searched by the field its shape suggests: a PNC id, a NOMIS
   * number, otherwise a CRN. The first hit wins; no hit is ENTITY_NOT_FOUND.
   */
  findOffender(id: string): Promise<ServiceResult<Offender | null>> {
    if (isPncNumber(id)) return this.findFirst({ pncNumber: id });
    if (isNomisNumber(id)) return this.findFirst({ nomsNumber: id });
    return this.findFirst({ crn: id });
  }

  findOffenderByCrn(crn: string): Promise<ServiceResult<Offender | null>> {
    return this.findFirst({ crn });
  }

  /** The probation cases matching the criteria given (the others are not sent), in nDelius' order. */
  async searchProbationCases(criteria: ProbationCaseCriteria): Promise<ServiceResult<Offender[]>> {
    const given = Object.entries(criteria).filter(([, value]) => value !== undefined);
    const result = await this.search<OffenderDto[]>('/search/probation-cases', Object.fromEntries(given));
    return { data: (result.data ?? []).map(toOffender), errors: result.errors };
  }

  /** A case's addresses; a case nDelius does not know (404) has none. */
  async getAddresses(crn: string): Promise<ServiceResult<Address[]>> {
    const result = await this.get<CaseAddressesDto>(`/case/${segment(crn)}/addresses`);
    if (hasError(result, UpstreamApiErrorType.ENTITY_NOT_FOUND)) return success([]);
    return { data: (result.data?.contactDetails?.addresses ?? []).map(toAddress), errors: result.errors };
  }

  private async findFirst(body: Record<string, string>): Promise<ServiceResult<Offender | null>> {
    const result = await this.search<OffenderDto[]>('/search/probation-cases', body);
    if (result.errors.length > 0) return result as ServiceResult<null>;
    const first = result.data?.[0];
    if (!first) return failure(upstreamApiError(this.api, UpstreamApiErrorType.ENTITY_NOT_FOUND));
    return success(toOffender(first));
  }

  async getReferenceData(): Promise<ServiceResult<ReferenceDataCategories | null>> {
    const result = await this.get<ProbationReferenceDataDto>('/reference-data');
    return { data: result.data?.probationReferenceData ?? null, errors: result.errors };
  }

  /** A probation case's supervisions, registrations (dynamic risks, statuses, MAPPA) and community manager. */
  async getProbationCase(crn: string): Promise<ServiceResult<ProbationCase | null>> {
    const result = await this.get<DeliusSupervisionsDto>(`/case/${segment(crn)}/supervisions`);
    return { data: result.data ? toProbationCase(result.data) : null, errors: result.errors };
  }

  /** Whether a case is a limited access case (LAO): excluded or restricted, as nDelius decides. */
  async getCaseAccess(crn: string): Promise<ServiceResult<CaseAccess | null>> {
    const result = await this.search<UserAccessDto>('/probation-cases/access', { crns: [crn] });
    return { data: result.data?.access?.find((access) => access.crn === crn) ?? null, errors: result.errors };
  }

  /**
   * One page (1-based `page`) of a case's contact events, only those of the MAPPA categories given
   * (nDelius' numbers; an empty list means none). A 400 from nDelius is the caller's paging.
   */
  async getContactEvents(
    crn: string,
    page: number,
    perPage: number,
    mappaCategories: readonly number[],
  ): Promise<ServiceResult<ContactEventPage | null>> {
    const result = await this.get<JsonObject>(
      `/case/${segment(crn)}/contacts`,
      { page: page - 1, size: perPage, mappaCategories: mappaCategories.join(',') },
      { badRequestAsError: true },
    );
    return { data: result.data ? toContactEventPage(result.data) : null, errors: result.errors };
  }

  async getContactEvent(
    crn: string,
    contactEventId: string,
    mappaCategories: readonly number[],
  ): Promise<ServiceResult<ContactEvent | null>> {
    const result = await this.get<JsonObject>(`/case/${segment(crn)}/contacts/${segment(contactEventId)}`, {
      mappaCategories: mappaCategories.join(','),
    });
    return { data: result.data ? toContactEvent(result.data) : null, errors: result.errors };
  }

  async getAccessLimitations(crn: string): Promise<ServiceResult<AccessLimitations | null>> {
    const result = await this.get<JsonObject>(`/case/${segment(crn)}/access-limitations`);
    return { data: result.data ? toAccessLimitations(result.data) : null, errors: result.errors };
  }
}
