import { MATCH_STATUS, MatchEntity } from './match.entity';

export type MatchState =
  { kind: 'NotFound' } | { kind: 'NoMatch'; row: MatchEntity } | { kind: 'Found'; row: MatchEntity };

/**
 * The state a NOMIS id is in, from its latest row: none or `Unmatched` is NotFound, `Cannot be matched`
 * is NoMatch, anything else (including legacy rows with another status) is Found.
 */
export function matchState(latest: MatchEntity | null): MatchState {
  if (!latest || latest.matchStatus === MATCH_STATUS.unmatched) return { kind: 'NotFound' };
  if (latest.matchStatus === MATCH_STATUS.cannotBeMatched) return { kind: 'NoMatch', row: latest };
  return { kind: 'Found', row: latest };
}
