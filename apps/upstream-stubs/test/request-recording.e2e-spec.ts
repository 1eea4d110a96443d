import { http, HttpClient, RunningStubs, startStubs } from '@libs/testing';

describe('request recording admin API', () => {
  let stubs: RunningStubs;
  let client: HttpClient;

  beforeAll(async () => {
    stubs = await startStubs();
    client = http(stubs.url);
  });

  afterAll(async () => {
    await stubs?.close();
  });

  beforeEach(async () => {
    await stubs.resetFaults();
    await stubs.clearRequests();
  });

  it('records method, path, query, headers and body, with credentials redacted', async () => {
    const secretToken = await stubs.token({ roles: ['ROLE_X'] });
    await client.get('/auth/health/ping', {
      query: { a: '1', b: ['x', 'y'] },
      headers: { authorization: `Bearer ${secretToken}`, 'x-request-id': 'trace-1' },
    });
    await client.post('/auth/oauth/token', {
      headers: {
        authorization: `Basic ${Buffer.from('learner-records:learner-records-local-secret').toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });

    const recorded = await stubs.requests();

    expect(recorded).toEqual([
      {
        method: 'GET',
        path: '/auth/health/ping',
        query: { a: '1', b: ['x', 'y'] },
        headers: expect.objectContaining({ authorization: 'Bearer ***', 'x-request-id': 'trace-1' }),
        at: expect.any(String),
      },
      {
        method: 'POST',
        path: '/auth/oauth/token',
        query: {},
        headers: expect.objectContaining({ authorization: 'Basic ***' }),
        body: { grant_type: 'client_credentials' },
        at: expect.any(String),
      },
    ]);
    const everything = JSON.stringify(recorded);
    expect(everything).not.toContain(secretToken);
    expect(everything).not.toContain('learner-records-local-secret');
    expect(everything).not.toContain(
      Buffer.from('learner-records:learner-records-local-secret').toString('base64'),
    );
  });

  it('leaves out admin requests and filters by prefix', async () => {
    await client.get('/auth/health/ping');
    await client.get('/auth/.well-known/jwks.json');
    await client.get('/__admin/faults');

    expect((await stubs.requests()).map((request) => request.path)).toEqual([
      '/auth/health/ping',
      '/auth/.well-known/jwks.json',
    ]);
    expect((await stubs.requests('/auth/.well-known')).map((request) => request.path)).toEqual([
      '/auth/.well-known/jwks.json',
    ]);
  });

  it('records requests answered by a fault, so retries can be counted', async () => {
    await stubs.setFault({ prefix: '/auth/health', status: 503, times: 2 });

    await client.get('/auth/health/ping');
    await client.get('/auth/health/ping');
    await client.get('/auth/health/ping');

    expect(await stubs.requests('/auth/health')).toHaveLength(3);
  });

  it('records requests to unknown paths', async () => {
    const response = await client.get('/no-such-upstream/thing');

    expect(response.status).toBe(404);
    expect((await stubs.requests()).map((request) => request.path)).toEqual(['/no-such-upstream/thing']);
  });

  it('forgets everything on DELETE', async () => {
    await client.get('/auth/health/ping');

    const cleared = await client.delete('/__admin/requests');

    expect(cleared.status).toBe(204);
    expect(await stubs.requests()).toEqual([]);
  });
});
