import { Injectable } from '@nestjs/common';
import {
  failure,
  ServiceResult,
  success,
  UpstreamApi,
  upstreamApiError,
  UpstreamApiErrorType,
} from '../../common/upstream-api-error';
import { isNomisNumber, isPncNumber } from '../../identity/hmpps-id';
import { Gateway } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import { Offender } from '../../domain/offender';
import { OffenderDto, toOffender } from './offender.dto';
import { AddressSearchCriteria, PersonAddressMatch } from '../../domain/address-search';
import { addressSearchBody, toAddressMatches } from './address-search.dto';

export interface ProbationSearchCriteria {
  firstName?: string;
  surname?: string;
  pncNumber?: string;
  dateOfBirth?: string;
  includeAliases: boolean;
}

@Injectable()
export class ProbationOffenderSearchGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(
      clients,
      'probationOffenderSearch',
      'probation-offender-search',
      UpstreamApi.PROBATION_OFFENDER_SEARCH,
    );
  }

  /**
   * The one offender an id names, searched by the field its shape suggests: a PNC id, a NOMIS number,
   * otherwise a CRN. The first hit wins; no hit is ENTITY_NOT_FOUND.
   */
  findOffender(id: string): Promise<ServiceResult<Offender | null>> {
    if (isPncNumber(id)) return this.findFirst({ pncNumber: id });
    if (isNomisNumber(id)) return this.findFirst({ nomsNumber: id });
    return this.findFirst({ crn: id });
  }

  findOffenderByCrn(crn: string): Promise<ServiceResult<Offender | null>> {
    return this.findFirst({ crn });
  }

  async searchOffenders(criteria: ProbationSearchCriteria): Promise<ServiceResult<Offender[]>> {
    const result = await this.search<OffenderDto[]>('/search', {
      firstName: criteria.firstName ?? null,
      surname: criteria.surname ?? null,
      pncNumber: criteria.pncNumber ?? null,
      dateOfBirth: criteria.dateOfBirth ?? null,
      includeAliases: criteria.includeAliases,
    });
    return { data: (result.data ?? []).map(toOffender), errors: result.errors };
  }

  private async findFirst(body: Record<string, string>): Promise<ServiceResult<Offender | null>> {
    const result = await this.search<OffenderDto[]>('/search', body);
    if (result.errors.length > 0) return result as ServiceResult<null>;
    const first = result.data?.[0];
    if (!first) return failure(upstreamApiError(this.api, UpstreamApiErrorType.ENTITY_NOT_FOUND));
    return success(toOffender(first));
  }

  /** People at addresses matching the criteria, at most `maxResults` of them; a refused search is a 400. */
  async searchAddresses(
    criteria: AddressSearchCriteria,
    maxResults: number,
  ): Promise<ServiceResult<PersonAddressMatch[] | null>> {
    const result = await this.search<unknown>(
      '/search/addresses',
      addressSearchBody(criteria),
      { maxResults },
      { badRequestAsError: true },
    );
    return { data: result.data ? toAddressMatches(result.data) : null, errors: result.errors };
  }
}
