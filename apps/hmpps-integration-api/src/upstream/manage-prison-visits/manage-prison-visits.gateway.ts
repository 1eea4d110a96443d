import { Injectable } from '@nestjs/common';
import { readArray, readString } from '@libs/upstream';
import { UpstreamPage } from '../../common/pagination';
import { ServiceResult, UpstreamApi } from '../../common/upstream-api-error';
import { Visit } from '../../domain/visit';
import { Gateway, segment } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import { toVisit, VisitDto, VisitSearchCriteria } from './visit.dto';

/** Manage Prison Visits orchestration. */
@Injectable()
export class ManagePrisonVisitsGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(clients, 'managePrisonVisits', 'manage-prison-visits', UpstreamApi.MANAGE_PRISON_VISITS);
  }

  async getVisit(reference: string): Promise<ServiceResult<Visit | null>> {
    const result = await this.get<VisitDto>(`/visits/${segment(reference)}`);
    return { data: result.data ? toVisit(result.data) : null, errors: result.errors };
  }

  /** The references of the visits a client system booked under its own reference (400 reported as data). */
  async getVisitReferencesByClientReference(clientReference: string): Promise<ServiceResult<string[] | null>> {
    const result = await this.get<unknown[]>(
      `/visits/external-system/${segment(clientReference)}`,
      undefined,
      BAD_REQUEST_AS_ERROR,
    );
    const references = result.data === null ? null : readArray(result.data).map(readString);
    return {
      data: references ? references.filter((reference): reference is string => reference !== null) : null,
      errors: result.errors,
    };
  }

  /** One upstream page of visits; Manage Prison Visits counts pages from 0. */
  async searchVisits(criteria: VisitSearchCriteria): Promise<ServiceResult<UpstreamPage<Visit> | null>> {
    const result = await this.get<UpstreamPage<VisitDto>>(
      '/visits/search',
      { ...criteria },
      BAD_REQUEST_AS_ERROR,
    );
    return {
      data: result.data ? { ...result.data, content: (result.data.content ?? []).map(toVisit) } : null,
      errors: result.errors,
    };
  }

  /** Booked visits still to come. */
  async getFutureVisits(nomisNumber: string): Promise<ServiceResult<Visit[] | null>> {
    const result = await this.get<VisitDto[]>(
      `/visits/search/future/${segment(nomisNumber)}`,
      undefined,
      BAD_REQUEST_AS_ERROR,
    );
    return { data: result.data ? result.data.map(toVisit) : null, errors: result.errors };
  }
}

/** The search and future-visit calls report a 400 as data (the reference's `badRequestAsError`). */
const BAD_REQUEST_AS_ERROR = { badRequestAsError: true };
