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
 * found"); the person is then resolved without a filter, since the path already names the prison.
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
  return identity.getNomisNumber(hmppsId);
}

/** The 400 of every finance operation whose person or prison is wrong. */
export function invalidPersonOrPrison(hmppsId: string, prisonId: string): string {
  return `Either invalid HMPPS ID: ${hmppsId} or incorrect prison: ${prisonId}`;
}
