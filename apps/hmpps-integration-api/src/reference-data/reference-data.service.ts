import { Injectable } from '@nestjs/common';
import { upstreamFailure } from '../common/api-errors';
import { DataWithErrorsResponse } from '../common/envelopes';
import { UpstreamApiErrorType } from '../common/upstream-api-error';
import { ReferenceData } from '../domain/reference-data';
import { NDeliusGateway } from '../upstream/ndelius/ndelius.gateway';
import { PrisonApiGateway } from '../upstream/prison-api/prison-api.gateway';

/** Prison API domain → the category name consumers see, in the order they are listed. */
const PRISON_DOMAINS: [string, string][] = [
  ['PHONE_USAGE', 'PHONE_TYPE'],
  ['ALERT', 'ALERT_TYPE'],
  ['ETHNICITY', 'ETHNICITY'],
  ['SEX', 'GENDER'],
];

/** Errors the reference hands back inside a 200; any other failure is a 5xx. */
const REPORTED_IN_BODY = [UpstreamApiErrorType.ENTITY_NOT_FOUND, UpstreamApiErrorType.CONFLICT];

@Injectable()
export class ReferenceDataService {
  constructor(
    private readonly ndelius: NDeliusGateway,
    private readonly prisonApi: PrisonApiGateway,
  ) {}

  /** All five lists are independent, so they are fetched at once. */
  async getReferenceData(): Promise<DataWithErrorsResponse<ReferenceData | null>> {
    const [probation, ...prisonDomains] = await Promise.all([
      this.ndelius.getReferenceData(),
      ...PRISON_DOMAINS.map(([domain]) => this.prisonApi.getReferenceDomain(domain)),
    ]);
    const firstError = [probation, ...prisonDomains].flatMap((result) => result.errors)[0];
    if (firstError) {
      if (!REPORTED_IN_BODY.includes(firstError.type)) throw upstreamFailure(firstError);
      return { data: null, errors: [firstError] };
    }
    const prisonReferenceData = Object.fromEntries(
      PRISON_DOMAINS.map(([, category], index) => [category, prisonDomains[index].data]),
    );
    return { data: { prisonReferenceData, probationReferenceData: probation.data ?? {} }, errors: [] };
  }
}
