import { Injectable } from '@nestjs/common';
import { badRequest, ErrorMessages, notFound, requireData, throwIfErrors } from '../../common/api-errors';
import { hasError, ServiceResult, UpstreamApiErrorType } from '../../common/upstream-api-error';
import { canAccessPrisons, canAccessProbation, ConsumerFilters } from '../../consumers/consumer-filters';
import { Address } from '../../domain/address';
import { Offender } from '../../domain/offender';
import { identifyHmppsId } from '../../identity/hmpps-id';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { PrisonApiGateway } from '../../upstream/prison-api/prison-api.gateway';
import { NDeliusGateway } from '../../upstream/ndelius/ndelius.gateway';

const { ENTITY_NOT_FOUND } = UpstreamApiErrorType;

@Injectable()
export class AddressesService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly nDelius: NDeliusGateway,
    private readonly prisonApi: PrisonApiGateway,
  ) {}

  /**
   * NOMIS addresses (newest start date first) followed by nDelius' (`/case/{crn}/addresses`). Either
   * side may be missing; the person is not found only when neither side has them. The NOMIS number
   * lookup and the probation record are independent, so they are fetched at once, and the nDelius
   * addresses as soon as the record names the CRN. A consumer limited to some supervision statuses sees
   * only the side (prison, probation) they include, as in the reference.
   */
  async getAddresses(hmppsId: string, filters: ConsumerFilters): Promise<Address[]> {
    const messages = {
      badRequest: `Invalid id: ${hmppsId}`,
      notFound: `Could not find person with id: ${hmppsId}`,
    };
    if (identifyHmppsId(hmppsId) === 'UNKNOWN') throw badRequest(messages.badRequest);
    if (!canAccessPrisons(filters)) return this.deliusAddresses(hmppsId, messages);
    if (!canAccessProbation(filters)) return this.nomisAddresses(hmppsId, filters, messages);
    // One probation case search serves both the NOMIS number of a CRN and the CRN of the addresses.
    const probationRecord = this.nDelius.findOffender(hmppsId);
    const deliusAddresses = probationRecord.then((offender) => this.addressesOfCase(offender, messages));
    // Awaited below; the catch only keeps a failure from going unhandled before then.
    deliusAddresses.catch(() => undefined);
    const [nomisNumber, offender] = await Promise.all([
      this.identity.getNomisNumberWithFilters(hmppsId, filters, probationRecord),
      probationRecord,
    ]);
    if (!hasError(offender, ENTITY_NOT_FOUND)) throwIfErrors(offender, messages);

    if (!nomisNumber.data) {
      // Someone probation knows without a NOMIS number has only nDelius addresses, unless the consumer
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
    return [...nomisAddresses.data, ...(await deliusAddresses)];
  }

  private async deliusAddresses(hmppsId: string, messages: ErrorMessages): Promise<Address[]> {
    const offender = await this.nDelius.findOffender(hmppsId);
    requireData(offender, messages);
    return this.addressesOfCase(offender, messages);
  }

  /** The nDelius addresses of the case a probation record names; none without a record or a CRN. */
  private async addressesOfCase(
    offender: ServiceResult<Offender | null>,
    messages: ErrorMessages,
  ): Promise<Address[]> {
    const crn = offender.data?.crn;
    if (!crn) return [];
    const addresses = await this.nDelius.getAddresses(crn);
    throwIfErrors(addresses, messages);
    return addresses.data;
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
