import { readBoolean, readObject, readString } from '@libs/upstream';
import { Court } from '../../domain/court';

/** Court Register's `CourtDto`; its buildings and contacts are not shared. */
export function toCourt(body: unknown): Court {
  const court = readObject(body) ?? {};
  const type = readObject(court.type);
  return {
    courtId: readString(court.courtId),
    courtName: readString(court.courtName),
    courtDescription: readString(court.courtDescription),
    type: type ? { courtType: readString(type.courtType), courtName: readString(type.courtName) } : null,
    active: readBoolean(court.active),
    cpCourtUuid: readString(court.cpCourtUuid),
  };
}
