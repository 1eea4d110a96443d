import { isGuid } from '../common/guid';
import { readField, readObject, readString } from '@libs/upstream';

/** VERA's answer to learner/share-request: what to poll with and the code the learner must type. */
export interface ShareResponse {
  correlationId: string;
  code: string;
}

/** Casing is not pinned down by the reference (it read this body case-insensitively), so neither is it here. */
export function parseShareResponse(body: unknown): ShareResponse | null {
  const raw = readObject(body);
  if (!raw) return null;
  const correlationId = readString(readField(raw, 'correlationId'));
  const code = readString(readField(raw, 'code'));
  return isGuid(correlationId) && code ? { correlationId, code } : null;
}
