import type { MatchPayload } from '../payload/match-payload';

/**
 * The forenames a details search sends: first name only when additional names are ignored, otherwise
 * first and additional names joined. Names are already normalised.
 */
export function detailsForenames(payload: MatchPayload, ignoreAdditionalNames: boolean): string {
  if (ignoreAdditionalNames || payload.additionalNames === undefined) return payload.firstName;
  return `${payload.firstName} ${payload.additionalNames}`;
}
