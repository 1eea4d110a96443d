import { Injectable } from '@nestjs/common';
import { ServiceResult, UpstreamApi } from '../../common/upstream-api-error';
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

/** nDelius external API (`external-api-and-delius`). */
@Injectable()
export class NDeliusGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(clients, 'ndelius', 'ndelius', UpstreamApi.NDELIUS);
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
