import { expectHeadShape } from './head-contract';
import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');
const KEY = 'GET /v1/persons/{hmppsId}/case-notes';
const PATH = '/v1/persons/G2996UX/case-notes';
const UPSTREAM = '/case-notes/search/case-notes/G2996UX';

type Body = { data: Array<{ caseNoteId: string }> };
const ids = (response: { body: Body }) => response.body.data.map((note) => note.caseNoteId);
/** HEAD's pagination: the page and size asked for, the totals from the search's `metadata`. */
const pagination = (page: number, perPage: number, count: number, totalCount: number) => ({
  isLastPage: page * perPage >= totalCount,
  count,
  page,
  perPage,
  totalCount,
  totalPages: Math.ceil(totalCount / perPage),
});

/**
 * `GET /v1/persons/{hmppsId}/case-notes` as HEAD serves it: Offender Case Notes' `POST /search/case-notes/{noms}`
 * with the reference's `CNSearchNotesRequest` body (sensitive notes included, the dates as `…T00:00Z`,
 * `page`/`perPage` as `page`/`size`, the consumer's case-note types as `typeSubTypes`), the pagination
 * from the answer's `metadata`.
 */
describe('HEAD GET /v1/persons/{hmppsId}/case-notes', () => {
  const context = useHmppsApi();

  it('asks the search for page 1 of 10, sensitive notes included and no type filter for a `*` consumer', async () => {
    await context.stubs.clearRequests();
    const response = await context.api.get(PATH, ALL);
    expect(response.status).toBe(200);
    expect(ids(response)).toEqual(['131232', '129877', '101445']);
    expect(response.body.pagination).toEqual(pagination(1, 10, 3, 3));
    expectHeadShape(KEY, response);
    const requests = await context.stubs.requests(UPSTREAM);
    expect(requests.map((request) => request.method)).toEqual(['POST']);
    expect(requests[0].body).toEqual({ includeSensitive: true, page: 1, size: 10 });
    expect(await context.stubs.requests('/case-notes/case-notes')).toEqual([]);
  });

  it('sends startDate and endDate as HEAD formats them: the start of the day, then Z', async () => {
    await context.stubs.clearRequests();
    const response = await context.api.get(PATH, {
      ...ALL,
      query: { startDate: '2021-01-01', endDate: '2023-12-01' },
    });
    expect(ids(response)).toEqual(['129877', '101445']);
    const [upstream] = await context.stubs.requests(UPSTREAM);
    expect(upstream.body).toEqual({
      includeSensitive: true,
      occurredFrom: '2021-01-01T00:00Z',
      occurredTo: '2023-12-01T00:00Z',
      page: 1,
      size: 10,
    });
  });

  it('sends the consumer’s case-note types as typeSubTypes, and pages what the search keeps', async () => {
    await context.stubs.clearRequests();
    const escort = await context.api.get(PATH, as('escort-custody'));
    expect(ids(escort)).toEqual(['129877', '101445']);
    expect(escort.body.pagination).toMatchObject({ count: 2, totalCount: 2, totalPages: 1 });
    const [escortSearch] = await context.stubs.requests(UPSTREAM);
    expect(escortSearch.body).toEqual({
      includeSensitive: true,
      typeSubTypes: ['CAB', 'NEG', 'CVM', 'INTERVENTION', 'POS'].map((type) => ({ type, subTypes: [] })),
      page: 1,
      size: 10,
    });

    await context.stubs.clearRequests();
    const cab = await context.api.get(PATH, as('limited-case-notes'));
    expect(cab.body).toEqual({
      data: [],
      pagination: pagination(1, 10, 0, 0),
    });
    const [cabSearch] = await context.stubs.requests(UPSTREAM);
    expect(cabSearch.body).toEqual({
      includeSensitive: true,
      typeSubTypes: [{ type: 'CAB', subTypes: [] }],
      page: 1,
      size: 10,
    });
  });

  it('pages on Case Notes: page and perPage as page and size, the pagination from its metadata', async () => {
    await context.stubs.clearRequests();
    const first = await context.api.get(PATH, { ...ALL, query: { page: '1', perPage: '2' } });
    expect(ids(first)).toEqual(['131232', '129877']);
    expect(first.body.pagination).toEqual(pagination(1, 2, 2, 3));
    expect(first.body.pagination).toMatchObject({ isLastPage: false, totalPages: 2 });
    expectHeadShape(KEY, first);
    const second = await context.api.get(PATH, { ...ALL, query: { page: '2', perPage: '2' } });
    expect(ids(second)).toEqual(['101445']);
    expect(second.body.pagination).toEqual(pagination(2, 2, 1, 3));
    expect(second.body.pagination).toMatchObject({ isLastPage: true, totalPages: 2 });
    const beyond = await context.api.get(PATH, { ...ALL, query: { page: '5', perPage: '2' } });
    expect(beyond.body).toEqual({
      data: [],
      pagination: pagination(5, 2, 0, 3),
    });
    const bodies = (await context.stubs.requests(UPSTREAM)).map((request) => request.body);
    expect(bodies).toEqual([
      { includeSensitive: true, page: 1, size: 2 },
      { includeSensitive: true, page: 2, size: 2 },
      { includeSensitive: true, page: 5, size: 2 },
    ]);
  });

  it('ignores locationId, as HEAD’s Spring controller does', async () => {
    await context.stubs.clearRequests();
    const response = await context.api.get(PATH, { ...ALL, query: { locationId: 'LEI' } });
    expect(response.status).toBe(200);
    expect(ids(response)).toEqual(['131232', '129877', '101445']);
    const [upstream] = await context.stubs.requests(UPSTREAM);
    expect(upstream.body).toEqual({ includeSensitive: true, page: 1, size: 10 });
    expect(upstream.query).toEqual({});
  });

  it.each([
    ['a 404', { status: 404 }, 404, 'Could not find person with id: G2996UX'],
    ['a 403', { status: 403 }, 403, 'Upstream API Case Notes service returned a forbidden error'],
    ['a 500', { status: 500 }, 500, expect.stringContaining('case-notes')],
    ['a timeout', { latencyMs: 4000 }, 500, expect.stringContaining('case-notes')],
  ])('answers %s from the Case Notes search as HEAD does', async (_, fault, status, message) => {
    await context.stubs.setFault({ prefix: '/case-notes/search', ...fault });
    const response = await context.api.get(PATH, ALL);
    expect({ status: response.status, message: response.body.userMessage }).toEqual({ status, message });
  });

  it('answers an id of no known form with HEAD’s 400, and keeps the consumer filter’s 404, before the search', async () => {
    await context.stubs.clearRequests();
    const invalid = await context.api.get('/v1/persons/not-an-id/case-notes', ALL);
    expect(invalid.status).toBe(400);
    expect(invalid.body.userMessage).toBe('Invalid id: not-an-id');
    const outside = await context.api.get('/v1/persons/A1234AA/case-notes', as('specific-prison'));
    expect(outside.status).toBe(404);
    expect(outside.body.userMessage).toBe('The requested resource could not be found');
    expect(await context.stubs.requests('/case-notes/search')).toHaveLength(0);
  });

  it('audits GET_CASE_NOTES with the hmppsId', async () => {
    await context.queues.collect('audit', { count: 0, quietMs: 1000 });
    expect((await context.api.get(PATH, ALL)).status).toBe(200);
    const [event] = await context.queues.collect('audit', { count: 1, quietMs: 1000 });
    expect(event.json).toMatchObject({ what: 'GET_CASE_NOTES', details: '{"hmppsId":"G2996UX"}' });
  });
});
