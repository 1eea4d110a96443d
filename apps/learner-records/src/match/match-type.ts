export const MATCH_TYPES = [
  'No Match',
  'Exact Match',
  'Possible Match',
  'Linked Learner Match',
  'Too Many Matches',
] as const;
export type MatchType = (typeof MATCH_TYPES)[number];
