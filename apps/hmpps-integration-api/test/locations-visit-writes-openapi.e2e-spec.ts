import { openApiProblems } from '@libs/testing';
import { as, useHmppsApi } from './hmpps-test-app';

/** The prison estate and visit write operations of HEAD, as this app documents them. */
const OPERATIONS: Record<string, string[]> = {
  '/v1/prison/{prisonId}/residential-hierarchy': ['get'],
  '/v1/prison/{prisonId}/residential-details': ['get'],
  '/v1/prison/{prisonId}/capacity': ['get'],
  '/v1/prison/{prisonId}/location/{key}': ['get'],
  '/v1/prison/{prisonId}/location/{key}/deactivate': ['post'],
  '/v1/persons/{hmppsId}/prisoner-base-location': ['get'],
  '/v1/visit': ['post'],
  '/v1/visit/{visitReference}': ['get', 'put'],
  '/v1/visit/{visitReference}/cancel': ['post'],
  '/v1/visit/id/by-client-ref/{clientReference}': ['get'],
};

describe('OpenAPI of the prison estate and visit write operations', () => {
  const context = useHmppsApi();

  it('documents each of them with schemas a generated client can use', async () => {
    const response = await context.api.get('/v3/api-docs', as('all-access'));
    const document = response.body;
    const paths = Object.fromEntries(Object.keys(OPERATIONS).map((path) => [path, document.paths[path]]));
    expect(Object.fromEntries(Object.entries(paths).map(([path, item]) => [path, Object.keys(item ?? {}).sort()]))).toEqual(
      OPERATIONS,
    );
    const bodies = ['post', 'put'].flatMap((method) =>
      Object.values(paths).flatMap((item) => (item[method] ? [item[method].requestBody] : [])),
    );
    expect(bodies.every((body) => body?.content?.['application/json']?.schema)).toBe(true);
    // Only these paths, so that another operation's problems do not show here.
    expect(await openApiProblems({ ...document, paths })).toEqual([]);
  }, 120_000);
});
