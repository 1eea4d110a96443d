import { expectHeadShape } from './head-contract';
import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');
const KEY = 'GET /v1/persons/{hmppsId}/alerts';
const UPSTREAM = '/alerts-api/prisoners/G2996UX/alerts';

type Body = { data: Array<{ code: string }> };
const codes = (response: { body: Body }) => response.body.data.map((alert) => alert.code);

/**
 * `GET /v1/persons/{hmppsId}/alerts` as HEAD serves it: the Alerts API's `/prisoners/{noms}/alerts`, paged
 * there (`page` − 1, `perPage` as `size`), `status=active` as `isActive=true`, the consumer's alert codes
 * as `alertCode`.
 */
describe('HEAD GET /v1/persons/{hmppsId}/alerts', () => {
  const context = useHmppsApi();

  it('answers every alert, newest first, without isActive; only the active ones for status=active', async () => {
    await context.stubs.clearRequests();
    const all = await context.api.get('/v1/persons/G2996UX/alerts', ALL);
    expect(all.status).toBe(200);
    expect(codes(all)).toEqual(['VIP', 'PL1', 'PEEP', 'XA', 'HA']);
    expect(all.body.pagination).toEqual({
      isLastPage: true,
      count: 5,
      page: 1,
      perPage: 10,
      totalCount: 5,
      totalPages: 1,
    });
    expectHeadShape(KEY, all);
    const [everything] = await context.stubs.requests(UPSTREAM);
    expect(everything.query).toEqual({ page: '0', size: '10' });

    await context.stubs.clearRequests();
    const active = await context.api.get('/v1/persons/G2996UX/alerts', {
      ...ALL,
      query: { status: 'active' },
    });
    expect(codes(active)).toEqual(['VIP', 'XA']);
    expect(active.body.data.every((alert: { active: boolean }) => alert.active)).toBe(true);
    expect(active.body.pagination).toMatchObject({ count: 2, totalCount: 2 });
    expectHeadShape(KEY, active);
    const [onlyActive] = await context.stubs.requests(UPSTREAM);
    expect(onlyActive.query).toEqual({ page: '0', size: '10', isActive: 'true' });
  });

  it.each(['ACTIVE', 'inactive', 'all', ''])(
    'treats status=%j as every alert, as HEAD does',
    async (status) => {
      await context.stubs.clearRequests();
      const response = await context.api.get('/v1/persons/G2996UX/alerts', { ...ALL, query: { status } });
      expect(response.status).toBe(200);
      expect(response.body.pagination.totalCount).toBe(5);
      const [upstream] = await context.stubs.requests(UPSTREAM);
      expect(upstream.query).not.toHaveProperty('isActive');
    },
  );

  it('pages on the Alerts API: page − 1 and perPage as size, the pagination from its page', async () => {
    await context.stubs.clearRequests();
    const second = await context.api.get('/v1/persons/G2996UX/alerts', {
      ...ALL,
      query: { page: '2', perPage: '2' },
    });
    expect(codes(second)).toEqual(['PEEP', 'XA']);
    expect(second.body.pagination).toEqual({
      isLastPage: false,
      count: 2,
      page: 2,
      perPage: 2,
      totalCount: 5,
      totalPages: 3,
    });
    expectHeadShape(KEY, second);
    const [upstream] = await context.stubs.requests(UPSTREAM);
    expect(upstream.query).toEqual({ page: '1', size: '2' });

    const last = await context.api.get('/v1/persons/G2996UX/alerts', {
      ...ALL,
      query: { page: '3', perPage: '2' },
    });
    expect(codes(last)).toEqual(['HA']);
    expect(last.body.pagination).toMatchObject({ isLastPage: true, count: 1, page: 3 });
    const beyond = await context.api.get('/v1/persons/G2996UX/alerts', {
      ...ALL,
      query: { page: '9', perPage: '2' },
    });
    expect(beyond.body).toEqual({
      data: [],
      pagination: { isLastPage: true, count: 0, page: 9, perPage: 2, totalCount: 5, totalPages: 3 },
    });
  });

  it('passes the consumer’s alert codes to the Alerts API, with or without status', async () => {
    await context.stubs.clearRequests();
    const limited = await context.api.get('/v1/persons/G2996UX/alerts', as('limited-alert-codes'));
    expect(codes(limited)).toEqual(['XA', 'HA']);
    expect(limited.body.pagination).toMatchObject({ totalCount: 2 });
    const [upstream] = await context.stubs.requests(UPSTREAM);
    expect(upstream.query).toEqual({ page: '0', size: '10', alertCode: 'XA,HA' });

    const active = await context.api.get('/v1/persons/G2996UX/alerts', {
      ...as('limited-alert-codes'),
      query: { status: 'active' },
    });
    expect(codes(active)).toEqual(['XA']);
  });

  it('refuses a bad page or perPage with the page rule’s 400, before any upstream call', async () => {
    await context.stubs.clearRequests();
    for (const query of [{ page: '0' }, { page: 'two' }, { perPage: '-1' }, { perPage: '1.5' }]) {
      const response = await context.api.get('/v1/persons/G2996UX/alerts', { ...ALL, query });
      const [name] = Object.keys(query);
      expect({ query, status: response.status, message: response.body.userMessage }).toEqual({
        query,
        status: 400,
        message: `Invalid value for '${name}': must be a whole number of at least 1`,
      });
    }
    expect(await context.stubs.requests(UPSTREAM)).toHaveLength(0);
  });

  // The Alerts API's 404 is the person's 404 and its 400 the invalid id's; a failure or timeout names it.
  it.each([
    ['a 404', { status: 404 }, 404, 'Could not find person with id: G2996UX'],
    ['a 400', { status: 400 }, 400, 'Invalid HMPPS ID: G2996UX'],
    ['a 500', { status: 500 }, 500, expect.stringContaining('alerts-api')],
    ['a timeout', { latencyMs: 4000 }, 500, expect.stringContaining('alerts-api')],
  ])('answers %s from the Alerts API as HEAD does', async (_, fault, status, message) => {
    await context.stubs.setFault({ prefix: '/alerts-api/prisoners', ...fault });
    const response = await context.api.get('/v1/persons/G2996UX/alerts', ALL);
    expect({ status: response.status, message: response.body.userMessage }).toEqual({ status, message });
  });

  it('keeps the consumer filter’s 404 and the id’s 400 ahead of the Alerts API', async () => {
    await context.stubs.clearRequests();
    const outside = await context.api.get('/v1/persons/A1234AA/alerts', as('specific-prison'));
    expect(outside.status).toBe(404);
    expect(outside.body.userMessage).toBe('The requested resource could not be found');
    const invalid = await context.api.get('/v1/persons/not-an-id/alerts', ALL);
    expect(invalid.status).toBe(400);
    expect(invalid.body.userMessage).toBe('Invalid HMPPS ID: not-an-id');
    expect(await context.stubs.requests('/alerts-api/prisoners')).toHaveLength(0);
  });

  it('audits GET_PERSON_ALERTS with the hmppsId', async () => {
    await context.queues.collect('audit', { count: 0, quietMs: 1000 });
    expect(
      (await context.api.get('/v1/persons/G2996UX/alerts', { ...ALL, query: { status: 'active' } })).status,
    ).toBe(200);
    const [event] = await context.queues.collect('audit', { count: 1, quietMs: 1000 });
    expect(event.json).toMatchObject({ what: 'GET_PERSON_ALERTS', details: '{"hmppsId":"G2996UX"}' });
  });
});
