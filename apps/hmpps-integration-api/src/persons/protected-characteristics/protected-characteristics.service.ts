import { Injectable } from '@nestjs/common';
import { badRequest, notFound, requireData, throwIfErrors } from '../../common/api-errors';
import { hasError, UpstreamApiErrorType } from '../../common/upstream-api-error';
import { ConsumerFilters, matchesPrison } from '../../consumers/consumer-filters';
import { ProtectedCharacteristics } from '../../domain/protected-characteristics';
import { identifyHmppsId } from '../../identity/hmpps-id';
import { PrisonApiGateway } from '../../upstream/prison-api/prison-api.gateway';
import { PrisonerOffenderSearchGateway } from '../../upstream/prisoner-offender-search/prisoner-offender-search.gateway';
import { NDeliusGateway } from '../../upstream/ndelius/ndelius.gateway';

@Injectable()
export class ProtectedCharacteristicsService {
  constructor(
    private readonly nDelius: NDeliusGateway,
    private readonly prisonerSearch: PrisonerOffenderSearchGateway,
    private readonly prisonApi: PrisonApiGateway,
  ) {}

  /**
   * Probation's record is required (a person known only to prison is not found). Marital status and
   * reasonable adjustments come from the prison side when probation names a NOMIS number; the prison
   * filter is checked on the prisoner's current prison.
   */
  async getProtectedCharacteristics(
    hmppsId: string,
    filters: ConsumerFilters,
  ): Promise<ProtectedCharacteristics> {
    const messages = { notFound: `Could not find person with id: ${hmppsId}` };
    if (identifyHmppsId(hmppsId) === 'UNKNOWN') throw badRequest(`Invalid id: ${hmppsId}`);
    const offender = requireData(await this.nDelius.findOffender(hmppsId), messages);
    const nomisNumber = offender.nomisNumber;
    const prisoner = nomisNumber ? await this.prisonerSearch.getPrisoner(nomisNumber) : undefined;
    // A prisoner-search "not found" leaves the prison half empty; any other error fails the request.
    if (prisoner && !hasError(prisoner, UpstreamApiErrorType.ENTITY_NOT_FOUND))
      throwIfErrors(prisoner, messages);
    if (!matchesPrison(filters, prisoner?.data?.inPrison.prisonId)) throw notFound(messages.notFound);

    const bookingId = prisoner?.data?.bookingId;
    const adjustments = bookingId ? await this.prisonApi.getReasonableAdjustments(bookingId) : undefined;
    if (adjustments) throwIfErrors(adjustments, messages);
    return {
      ...offender.characteristics,
      maritalStatus: prisoner?.data?.maritalStatus ?? null,
      reasonableAdjustments: adjustments?.data ?? [],
    };
  }
}
