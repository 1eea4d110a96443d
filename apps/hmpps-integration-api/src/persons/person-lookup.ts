import { requireData } from '../common/api-errors';
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

/** The message of an ARN 403: it refuses limited access offenders (LAO), which this API does not serve. */
export const LIMITED_ACCESS_MESSAGE = 'Attempt to access a limited access case';
