import { Injectable } from '@nestjs/common';
import { ApiError } from '@libs/errors';
import { badRequest, errorBody, requireData } from '../common/api-errors';
import { hasError, UpstreamApiErrorType } from '../common/upstream-api-error';
import { AddressSearchCriteria, PersonAddressMatch } from '../domain/address-search';
import { ProbationOffenderSearchGateway } from '../upstream/probation-offender-search/probation-offender-search.gateway';

@Injectable()
export class AddressSearchService {
  constructor(private readonly probationSearch: ProbationOffenderSearchGateway) {}

  /** People on probation at addresses matching the criteria (at least one is needed). */
  async search(criteria: AddressSearchCriteria, maxResults: number): Promise<PersonAddressMatch[]> {
    if (Object.values(criteria).every((value) => value === null)) {
      throw badRequest('No search criteria found');
    }
    const result = await this.probationSearch.searchAddresses(criteria, maxResults);
    // The reference's bare ValidationException: no user message.
    if (hasError(result, UpstreamApiErrorType.BAD_REQUEST)) {
      throw new ApiError(400, errorBody(400, null, 'Validation failure: null'));
    }
    return requireData(result, {});
  }
}
