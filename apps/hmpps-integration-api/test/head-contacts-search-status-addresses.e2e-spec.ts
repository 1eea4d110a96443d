import { expectHeadShape } from './head-contract';
import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');

function withFlag(on: boolean) {
  return {
    headers: {
      ...as('feature-override-client').headers,
      'x-feature-override': `address-search-endpoint-enabled=${on}`,
    },
  };
}

const KESTREL_HOUSE = {
  hmppsId: 'AB123123',
  address: {
    buildingName: 'Kestrel House',
    addressNumber: '12',
    streetName: 'Wharf Street',
    district: 'Sheaf Valley',
    town: 'Sheffield',
    county: 'South Yorkshire',
    postcode: 'S2 5SY',
    endDate: null,
    startDate: '2019-03-01',
    status: { code: 'M', description: 'Main' },
    type: { code: 'A02', description: 'Approved Premises' },
    noFixedAbode: false,
  },
  matchScore: 25,
};

describe('HEAD address search: GET and POST /v1/addresses', () => {
  const context = useHmppsApi();

  it('finds people by address through Probation Offender Search, sending every criterion, and is not cached', async () => {
    await context.stubs.clearRequests();
    const response = await context.api.get('/v1/addresses', { ...ALL, query: { postcode: 'S2 5SY' } });
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toEqual({ personAddresses: [KESTREL_HOUSE] });
    expectHeadShape('GET /v1/addresses', response);
    const [upstream] = await context.stubs.requests('/probation-offender-search/search/addresses');
    expect(upstream.method).toBe('POST');
    expect(upstream.query).toEqual({ maxResults: '100' });
    expect(upstream.body).toEqual({
      buildingName: '',
      addressNumber: '',
      streetName: '',
      postcode: 'S2 5SY',
    });
  });

  it('takes the criteria from a POST body, ignoring the query, and honours maxResults', async () => {
    const response = await context.api.post('/v1/addresses', {
      ...ALL,
      query: { postcode: 'S2 5SY' },
      body: { streetName: 'canal' },
    });
    expect(response.status).toBe(200);
    expect(response.body.personAddresses.map((match: { hmppsId: string }) => match.hmppsId)).toEqual([
      'X654321',
    ]);
    expectHeadShape('POST /v1/addresses', response);
    const wide = await context.api.post('/v1/addresses', {
      ...ALL,
      query: { maxResults: '1' },
      body: { addressNumber: '', buildingName: 'Kestrel' },
    });
    expect(wide.body.personAddresses).toHaveLength(1);
  });

  it('refuses a search without criteria, bad maxResults and a body breaking its rules', async () => {
    const none = await context.api.get('/v1/addresses', ALL);
    expect(none.status).toBe(400);
    expect(none.body).toEqual({
      status: 400,
      errorCode: null,
      userMessage: 'No search criteria found',
      developerMessage: 'Validation failure: No search criteria found',
      moreInfo: null,
    });
    const badMax = await context.api.get('/v1/addresses', {
      ...ALL,
      query: { postcode: 'S2', maxResults: '0' },
    });
    expect(badMax.status).toBe(400);
    const badBody = await context.api.post('/v1/addresses', { ...ALL, body: { postcode: 42 } });
    expect(badBody.status).toBe(400);
    expect(badBody.body.userMessage).toBe('Validation issues in request body');
    expectHeadShape('POST /v1/addresses', badBody);
  });

  it('names Probation Offender Search when it fails or is too slow', async () => {
    await context.stubs.setFault({ prefix: '/probation-offender-search/search/addresses', status: 500 });
    const failed = await context.api.get('/v1/addresses', { ...ALL, query: { postcode: 'S2 5SY' } });
    expect(failed.status).toBe(500);
    expect(failed.body.userMessage).toContain('probation-offender-search');
    await context.stubs.resetFaults();
    await context.stubs.setFault({ prefix: '/probation-offender-search/search/addresses', latencyMs: 4000 });
    const started = Date.now();
    const slow = await context.api.get('/v1/addresses', { ...ALL, query: { postcode: 'S2 5SY' } });
    expect(Date.now() - started).toBeLessThan(3500);
    expect(slow.status).toBe(500);
  });

  it('is unavailable while address-search-endpoint-enabled is off', async () => {
    const off = await context.api.get('/v1/addresses', { ...withFlag(false), query: { postcode: 'S2 5SY' } });
    expect(off.status).toBe(503);
    expect(off.body.userMessage).toContain('Feature flag is disabled: address-search-endpoint-enabled');
    const on = await context.api.get('/v1/addresses', { ...withFlag(true), query: { postcode: 'S2 5SY' } });
    expect(on.status).toBe(200);
  });

  it('audits every criterion, blank when not given, as SEARCH_ADDRESS', async () => {
    await context.queues.collect('audit', { count: 0, quietMs: 1000 });
    await context.api.post('/v1/addresses', { ...ALL, body: { postcode: 'S2 5SY' } });
    const [event] = await context.queues.collect('audit', { count: 1, quietMs: 1000 });
    expect(event.json).toMatchObject({
      what: 'SEARCH_ADDRESS',
      details: JSON.stringify({ buildingName: '', addressNumber: '', streetName: '', postcode: 'S2 5SY' }),
    });
  });
});
