import { Injectable } from '@nestjs/common';
import { notFound, requireData } from '../../common/api-errors';
import { ConsumerFilters } from '../../consumers/consumer-filters';
import { LatestSentenceKeyDatesAndAdjustments, NO_KEY_DATES } from '../../domain/sentence-key-dates';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { PrisonApiGateway } from '../../upstream/prison-api/prison-api.gateway';
import { personNotFoundMessage } from '../person-lookup';
import { dataUnlessNotFound } from '../tolerate-not-found';

@Injectable()
export class LatestKeyDatesService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly prisonApi: PrisonApiGateway,
  ) {}

  /**
   * Key dates of the latest sentence and adjustments of the latest prison term, fetched at once. Either
   * may be missing; the person is not found only when both are.
   */
  async getLatestKeyDatesAndAdjustments(
    hmppsId: string,
    filters: ConsumerFilters,
  ): Promise<LatestSentenceKeyDatesAndAdjustments> {
    const person = requireData(await this.identity.getPersonWithPrisonFilter(hmppsId, filters), {
      badRequest: 'Invalid or missing HMPPS ID',
      notFound: personNotFoundMessage(hmppsId),
    });
    // The prison filter has found the prisoner, so the NOMIS number is known.
    const nomisNumber = person.identifiers.nomisNumber as string;

    const [keyDates, adjustments] = await Promise.all([
      this.prisonApi.getSentenceKeyDates(nomisNumber),
      this.prisonApi.getLatestSentenceAdjustments(nomisNumber),
    ]);
    const dates = dataUnlessNotFound(keyDates, null);
    const adjustmentData = dataUnlessNotFound(adjustments, null);
    if (!dates && !adjustmentData) throw notFound(personNotFoundMessage(hmppsId));
    return { adjustments: adjustmentData, ...(dates ?? NO_KEY_DATES) };
  }
}
