import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');

/**
 * Prisoner A9999AA was merged into G2996UX (Robert Larsen): prisoner search knows the old number only as
 * a MERGED identifier of G2996UX.
 */
describe('merged prisoner numbers', () => {
  const context = useHmppsApi();

  it('answers GET /v1/persons/{old number} with 303 to the surviving number and no body', async () => {
    await context.stubs.clearRequests();
    const response = await context.api.get('/v1/persons/A9999AA', ALL);
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/v1/persons/G2996UX');
    expect(response.text).toBe('');
    const [search] = await context.stubs.requests('/prisoner-offender-search/attribute-search');
    expect(search.body).toEqual({
      joinType: 'AND',
      queries: [
        {
          joinType: 'AND',
          matchers: [
            { type: 'String', attribute: 'identifiers.type', condition: 'IS', searchTerm: 'MERGED' },
            { type: 'String', attribute: 'identifiers.value', condition: 'IS', searchTerm: 'A9999AA' },
          ],
          subQueries: [],
        },
      ],
      pagination: { page: 0, size: 10 },
    });
  });

  it('serves the surviving number as usual, without looking for merges', async () => {
    await context.stubs.clearRequests();
    const response = await context.api.get('/v1/persons/G2996UX', ALL);
    expect(response.status).toBe(200);
    expect(response.body.data.prisonerOffenderSearch).toMatchObject({ firstName: 'ROBERT' });
    expect(await context.stubs.requests('/prisoner-offender-search/attribute-search')).toEqual([]);
  });

  it('answers 404 for a number nobody was merged from, as before', async () => {
    const response = await context.api.get('/v1/persons/A0000AA', ALL);
    expect(response.status).toBe(404);
    expect(response.body.userMessage).toBe('Could not find person with id: A0000AA');
  });

  it('redirects only the person record: other operations know the old number as not found, as the reference does', async () => {
    const response = await context.api.get('/v1/persons/A9999AA/name', ALL);
    expect(response.status).toBe(404);
  });
});
