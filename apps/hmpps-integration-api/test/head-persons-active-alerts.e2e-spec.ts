import { expectHeadShape } from './head-contract';
import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');
const KEY = 'GET /v1/persons/{hmppsId}/active-alerts';

function withFlag(on: boolean) {
  return {
    headers: {
      ...as('feature-override-client').headers,
      'x-feature-override': `use-active-alerts-endpoint=${on}`,
    },
  };
}

describe('HEAD GET /v1/persons/{hmppsId}/active-alerts', () => {
  const context = useHmppsApi();

  it('answers the active alerts, paged by the Alerts API (its page 0 is page 1)', async () => {
    await context.stubs.clearRequests();
    const response = await context.api.get('/v1/persons/G2996UX/active-alerts', {
      ...ALL,
      query: { perPage: '1' },
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: [
        {
          offenderNo: 'G2996UX',
          type: 'V',
          typeDescription: 'Vulnerability',
          code: 'VIP',
          codeDescription: 'Isolated prisoner',
          comment: null,
          dateCreated: '2024-01-02',
          dateExpired: '2099-12-31',
          expired: false,
          active: true,
        },
      ],
      pagination: { isLastPage: false, count: 1, page: 1, perPage: 1, totalCount: 2, totalPages: 2 },
    });
    expectHeadShape(KEY, response);
    const [upstream] = await context.stubs.requests('/alerts-api/prisoners/G2996UX/alerts');
    expect(upstream.query).toEqual({ isActive: 'true', page: '0', size: '1' });
    const second = await context.api.get('/v1/persons/AB123123/active-alerts', {
      ...ALL,
      query: { page: '2', perPage: '1' },
    });
    expect(second.body.data.map((alert: { code: string }) => alert.code)).toEqual(['XA']);
    expect(second.body.pagination).toMatchObject({ page: 2, isLastPage: true });
  });

  it('passes the consumer’s alert codes to the Alerts API', async () => {
    await context.stubs.clearRequests();
    const response = await context.api.get('/v1/persons/G2996UX/active-alerts', as('limited-alert-codes'));
    expect(response.body.data.map((alert: { code: string }) => alert.code)).toEqual(['XA']);
    const [upstream] = await context.stubs.requests('/alerts-api/prisoners/G2996UX/alerts');
    expect(upstream.query).toMatchObject({ alertCode: 'XA,HA' });
  });

  it('answers an empty page for a prisoner without alerts; filter answer, 404 and 400 otherwise', async () => {
    const none = await context.api.get('/v1/persons/A1234AA/active-alerts', ALL);
    expect(none.body).toEqual({
      data: [],
      pagination: { isLastPage: true, count: 0, page: 1, perPage: 10, totalCount: 0, totalPages: 0 },
    });
    expectHeadShape(KEY, none);
    const outside = await context.api.get('/v1/persons/A1234AA/active-alerts', as('specific-prison'));
    expect(outside.body.userMessage).toBe('The requested resource could not be found');
    const unknown = await context.api.get('/v1/persons/Z9999ZZ/active-alerts', ALL);
    expect(unknown.body.userMessage).toBe('Could not find person with id: Z9999ZZ');
    const invalid = await context.api.get('/v1/persons/not-an-id/active-alerts', ALL);
    expect(invalid.status).toBe(400);
    expect(invalid.body.userMessage).toBe('Invalid HMPPS ID: not-an-id');
    expect(
      (await context.api.get('/v1/persons/G2996UX/active-alerts', { ...ALL, query: { page: '0' } })).status,
    ).toBe(400);
  });

  it('names the Alerts API when it fails or is too slow', async () => {
    await context.stubs.setFault({ prefix: '/alerts-api/prisoners', status: 500 });
    const failed = await context.api.get('/v1/persons/G2996UX/active-alerts', ALL);
    expect(failed.status).toBe(500);
    expect(failed.body.userMessage).toContain('alerts-api');
    await context.stubs.resetFaults();
    await context.stubs.setFault({ prefix: '/alerts-api/prisoners', latencyMs: 4000 });
    expect((await context.api.get('/v1/persons/G2996UX/active-alerts', ALL)).status).toBe(500);
  });

  it('is unavailable while use-active-alerts-endpoint is off, and audits GET_PERSON_ACTIVE_ALERTS', async () => {
    const off = await context.api.get('/v1/persons/G2996UX/active-alerts', withFlag(false));
    expect(off.status).toBe(503);
    expect(off.body.userMessage).toContain('Feature flag is disabled: use-active-alerts-endpoint');
    await context.queues.collect('audit', { count: 0, quietMs: 1000 });
    expect((await context.api.get('/v1/persons/G2996UX/active-alerts', withFlag(true))).status).toBe(200);
    const [event] = await context.queues.collect('audit', { count: 1, quietMs: 1000 });
    expect(event.json).toMatchObject({ what: 'GET_PERSON_ACTIVE_ALERTS', details: '{"hmppsId":"G2996UX"}' });
  });
});
