import { Injectable } from '@nestjs/common';
import { badRequest, ErrorMessages, notFound, requireData, throwIfErrors } from '../../common/api-errors';
import { hasError, UpstreamApiErrorType } from '../../common/upstream-api-error';
import { canAccessPrisons, canAccessProbation, ConsumerFilters } from '../../consumers/consumer-filters';
import { Address } from '../../domain/address';
import { identifyHmppsId } from '../../identity/hmpps-id';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { PrisonApiGateway } from '../../upstream/prison-api/prison-api.gateway';
import { ProbationOffenderSearchGateway } from '../../upstream/probation-offender-search/probation-offender-search.gateway';

const { ENTITY_NOT_FOUND } = UpstreamApiErrorType;

@Injectable()
export class AddressesService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly probationSearch: ProbationOffenderSearchGateway,
    private readonly prisonApi: PrisonApiGateway,
  ) {}

  /**
   * NOMIS addresses (newest start date first) followed by nDelius ones. Either side may be
   * missing; the person is not found only when neither side has them. The NOMIS number lookup and the
   * probation record are independent, so they are fetched at once. A consumer limited to some
   * supervision statuses sees only the side (prison, probation) they include, as in the reference.
   */
  async getAddresses(hmppsId: string, filters: ConsumerFilters): Promise<Address[]> {
    const messages = {
      badRequest: `Invalid id: ${hmppsId}`,
      notFound: `Could not find person with id: ${hmppsId}`,
    };
    if (identifyHmppsId(hmppsId) === 'UNKNOWN') throw badRequest(messages.badRequest);
    if (!canAccessPrisons(filters)) return this.deliusAddresses(hmppsId, messages);
    if (!canAccessProbation(filters)) return this.nomisAddresses(hmppsId, filters, messages);
    // One probation search serves both the NOMIS number of a CRN and the Delius addresses.
    const probationRecord = this.probationSearch.findOffender(hmppsId);
    const [nomisNumber, offender] = await Promise.all([
      this.identity.getNomisNumberWithFilters(hmppsId, filters, probationRecord),
      probationRecord,
    ]);
    if (!hasError(offender, ENTITY_NOT_FOUND)) throwIfErrors(offender, messages);
    const deliusAddresses = offender.data?.addresses ?? [];

    if (!nomisNumber.data) {
      // Someone probation knows without a NOMIS number has only Delius addresses, unless the consumer
      // is limited to some prisons: then a person in none of them is not found.
      const probationOnly = offender.data && !offender.data.nomisNumber && filters.prisons === null;
      if (probationOnly) return deliusAddresses;
      throwIfErrors(nomisNumber, messages);
      throw notFound(messages.notFound);
    }
    const nomisAddresses = await this.prisonApi.getAddresses(nomisNumber.data);
    if (nomisAddresses.errors.length > 0) {
      if (!hasError(nomisAddresses, ENTITY_NOT_FOUND) || !offender.data)
        throwIfErrors(nomisAddresses, messages);
      return deliusAddresses;
    }
    return [...nomisAddresses.data, ...deliusAddresses];
  }

  private async deliusAddresses(hmppsId: string, messages: ErrorMessages): Promise<Address[]> {
    const offender = await this.probationSearch.findOffender(hmppsId);
    return requireData(offender, messages).addresses;
  }

  private async nomisAddresses(
    hmppsId: string,
    filters: ConsumerFilters,
    messages: ErrorMessages,
  ): Promise<Address[]> {
    const nomisNumber = requireData(
      await this.identity.getNomisNumberWithFilters(hmppsId, filters),
      messages,
    );
    const addresses = await this.prisonApi.getAddresses(nomisNumber);
    throwIfErrors(addresses, messages);
    return addresses.data;
  }
}
