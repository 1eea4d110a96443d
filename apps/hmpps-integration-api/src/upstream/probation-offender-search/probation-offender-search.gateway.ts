import { Injectable } from '@nestjs/common';
import { ServiceResult, UpstreamApi } from '../../common/upstream-api-error';
import { Gateway } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import { AddressSearchCriteria, PersonAddressMatch } from '../../domain/address-search';
import { addressSearchBody, toAddressMatches } from './address-search.dto';

/** Probation Offender Search: the address search (a person's probation record is nDelius'). */
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
