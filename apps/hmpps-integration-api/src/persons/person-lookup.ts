import { requireData } from '../common/api-errors';
import { requestFilters } from '../consumers/authorised-consumer';
import { limitsPeople } from '../consumers/consumer-filters';
import { Person } from '../domain/person';
import { PersonIdentityService } from '../identity/person-identity.service';

export const personNotFoundMessage = (hmppsId: string) => `Could not find person with id: ${hmppsId}`;

/**
 * `lookupPerson` (NOMIS number, CRN or PNC id) for operations that need the person to exist: a person
 * that cannot be found is a 404 with `notFound` as its message.
 */
export async function lookupPersonOrFail(
  identity: PersonIdentityService,
  hmppsId: string,
  notFound = personNotFoundMessage(hmppsId),
): Promise<Person> {
  return requireData(await identity.lookupPerson(hmppsId), { notFound });
}

/**
 * `lookupPersonOrFail` for an operation the reference limits to the consumer's prisons and supervision
 * statuses: for a consumer with such filters the person must be within them (or it is the filter answer,
 * 404 "The requested resource could not be found"), and is then an id of the reference's forms only.
 */
export async function lookupPersonWithinFilters(
  identity: PersonIdentityService,
  hmppsId: string,
  notFound = personNotFoundMessage(hmppsId),
): Promise<Person> {
  const filters = requestFilters();
  if (limitsPeople(filters)) {
    requireData(await identity.getNomisNumberWithFilters(hmppsId, filters), {
      badRequest: `Invalid HMPPS ID: ${hmppsId}`,
    });
  }
  return lookupPersonOrFail(identity, hmppsId, notFound);
}

/** The message of an ARN 403: it refuses limited access offenders (LAO), which this API does not serve. */
export const LIMITED_ACCESS_MESSAGE = 'Attempt to access a limited access case';
