import { JsonObject, readBoolean, readString } from '@libs/upstream';
import { LAST_MOVEMENT_TYPES, PrisonerBaseLocation } from '../../domain/location';

type LastMovementType = (typeof LAST_MOVEMENT_TYPES)[number];

function lastMovementType(value: unknown): LastMovementType | null {
  const text = readString(value);
  return LAST_MOVEMENT_TYPES.find((type) => type === text) ?? null;
}

/** The API's own shape; a field it leaves out (or that is unusable) is left out of ours too, as HEAD does. */
export function toPrisonerBaseLocation(body: JsonObject): PrisonerBaseLocation {
  const fields: PrisonerBaseLocation = {
    inPrison: readBoolean(body.inPrison) ?? undefined,
    prisonId: readString(body.prisonId) ?? undefined,
    lastPrisonId: readString(body.lastPrisonId) ?? undefined,
    lastMovementType: lastMovementType(body.lastMovementType) ?? undefined,
    receptionDate: readString(body.receptionDate) ?? undefined,
  };
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as PrisonerBaseLocation;
}
