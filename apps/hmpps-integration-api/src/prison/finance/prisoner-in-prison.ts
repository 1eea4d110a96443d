import {
  failure,
  ServiceResult,
  UpstreamApi,
  upstreamApiError,
  UpstreamApiErrorType,
} from '../../common/upstream-api-error';
import { ConsumerFilters, matchesPrison } from '../../consumers/consumer-filters';
import { PersonIdentityService } from '../../identity/person-identity.service';

/**
 * The NOMIS number of a person whose accounts at `prisonId` are asked for. The prison in the path is
 * checked against the consumer's prisons before any upstream call (a prison they may not see is "not
 * found"). A consumer limited to some prisons then gets the person only if they are held in one of them
 * (the reference's `getNomisNumber` with the consumer's filters): someone held elsewhere is "not found",
 * exactly like someone who does not exist, where Prison API's answer for the wrong prison would tell the
 * two apart. Other consumers get the person without a filter, as in the reference.
 */
export async function nomisNumberAtPrison(
  identity: PersonIdentityService,
  prisonId: string,
  hmppsId: string,
  filters: ConsumerFilters,
): Promise<ServiceResult<string | null>> {
  if (!matchesPrison(filters, prisonId)) {
    return failure(upstreamApiError(UpstreamApi.NOMIS, UpstreamApiErrorType.ENTITY_NOT_FOUND, 'Not found'));
  }
  return identity.getNomisNumberWithFilters(hmppsId, filters);
}

/** The 400 of every finance operation whose person or prison is wrong. */
export function invalidPersonOrPrison(hmppsId: string, prisonId: string): string {
  return `Either invalid HMPPS ID: ${hmppsId} or incorrect prison: ${prisonId}`;
}
