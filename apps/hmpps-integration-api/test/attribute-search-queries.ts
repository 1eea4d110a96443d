/**
 * Prisoner Search attribute-search queries as HEAD's person search writes them, for tests to state the
 * bodies they expect sent.
 */
export const allOf = (...matchers: object[]) => ({ joinType: 'AND', matchers, subQueries: [] });

export const anyOf = (...subQueries: object[]) => ({ joinType: 'OR', matchers: [], subQueries });

export const stringIs = (attribute: string, searchTerm: string) => ({
  type: 'String',
  attribute,
  condition: 'IS',
  searchTerm,
});

export const prisonIn = (prisons: string) => ({
  type: 'String',
  attribute: 'prisonId',
  condition: 'IN',
  searchTerm: prisons,
});

/** The body HEAD sends: every query must match, the body's page always the first ten. */
export const personSearchBody = (...queries: object[]) => ({
  joinType: 'AND',
  queries,
  pagination: { page: 0, size: 10 },
});
