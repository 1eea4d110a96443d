import { readObject, readString } from '@libs/upstream';
import { NumberOfChildren } from '../../domain/prisoner-profile';

/** Personal Relationships' `/prisoner/{id}/number-of-children` record; only the count is shared. */
export function toNumberOfChildren(body: unknown): NumberOfChildren {
  return { numberOfChildren: readString(readObject(body)?.numberOfChildren) };
}
