import { Injectable } from '@nestjs/common';
import { ServiceResult, UpstreamApi } from '../../common/upstream-api-error';
import { Offender } from '../../domain/offender';
import { OffenderDto, toOffender } from '../shared/offender.dto';
import { ProbationCaseCriteria, UpstreamPageRequest } from '../shared/search-requests';
import { Gateway } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import { AddressSearchCriteria, PersonAddressMatch } from '../../domain/address-search';
import { addressSearchBody, toAddressMatches } from './address-search.dto';

/**
 * Probation Offender Search: the paged person search and the address search (a person's probation record
 * is nDelius').
 */
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
   * HEAD's paged person search, `POST /search/people?page=&size=`: every criterion sent (null when not
   * given), `includeAliases` as text, as HEAD sends them; the page's people in Probation Offender Search's order.
   */
  async searchPeople(
    criteria: ProbationCaseCriteria,
    page: UpstreamPageRequest,
  ): Promise<ServiceResult<Offender[]>> {
    const body = {
      firstName: criteria.firstName ?? null,
      surname: criteria.surname ?? null,
      dateOfBirth: criteria.dateOfBirth ?? null,
      pncNumber: criteria.pncNumber ?? null,
      includeAliases: String(criteria.includeAliases),
    };
    const result = await this.search<{ content?: OffenderDto[] | null }>('/search/people', body, {
      page: page.page,
      size: page.size,
    });
    return { data: (result.data?.content ?? []).map(toOffender), errors: result.errors };
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
