import { http, HttpClient, RunningStubs, startStubs } from '@libs/testing';
import { loadVeraFixtures } from './vera-fixtures';

const fixtures = loadVeraFixtures();
const riverside = fixtures.clients[0];
const LEARNER_DATA = '/vera/api/v1/education-records/learner-data';

describe('VERA stand-in', () => {
  let stubs: RunningStubs;
  let client: HttpClient;

  const token = async (secret = riverside.clientSecret) =>
    client.post(`/entra/${fixtures.tenantId}/oauth2/token`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: riverside.clientId,
        client_secret: secret,
        resource: fixtures.resource,
      }).toString(),
    });
  const bearer = async () => ({ authorization: `Bearer ${(await token()).body.access_token as string}` });

  beforeAll(async () => {
    stubs = await startStubs();
    client = http(stubs.url);
  });
  afterAll(async () => stubs?.close());
  afterEach(async () => stubs.resetFaults());

  it('issues Entra v1 tokens with numbers as strings, and refuses a wrong secret with 401 invalid_client', async () => {
    const issued = await token();
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({
      token_type: 'Bearer',
      expires_in: expect.stringMatching(/^\d+$/),
      expires_on: expect.stringMatching(/^\d+$/),
      resource: fixtures.resource,
    });
    const refused = await token('wrong');
    expect(refused.status).toBe(401);
    expect(refused.body.error).toBe('invalid_client');
  });

  it('reads token requests only as a form and learner checks only as JSON, like the real services', async () => {
    const json = await client.post(`/entra/${fixtures.tenantId}/oauth2/token`, {
      body: {
        grant_type: 'client_credentials',
        client_id: riverside.clientId,
        client_secret: riverside.clientSecret,
        resource: fixtures.resource,
      },
    });
    expect(json.status).toBe(400);
    expect(json.body.error).toBe('invalid_request');

    const details = { MobileNumber: '07700900123', DateOfBirth: '2008-09-02T00:00:00' };
    const check = (body: unknown, contentType: string) =>
      bearer().then((auth) =>
        client.post('/vera/api/v1/education-records/learner/check', {
          headers: { ...auth, 'content-type': contentType },
          body,
        }),
      );
    expect((await check(JSON.stringify(details), 'application/json; charset=utf-8')).status).toBe(200);
    expect(
      (await check(new URLSearchParams(details).toString(), 'application/x-www-form-urlencoded')).status,
    ).toBe(415);
  });

  it('answers VERA calls without a valid bearer token with 401', async () => {
    expect((await client.get(LEARNER_DATA, { query: { uln: '9990000011' } })).status).toBe(401);
    const shared = await client.get(LEARNER_DATA, { query: { uln: '9990000011' }, headers: await bearer() });
    expect(shared.status).toBe(200);
  });

  it('keeps its test hooks under /__admin/vera, untouched by faults on /vera and never recorded', async () => {
    const auth = await bearer();
    await stubs.setFault({ prefix: '/vera', status: 503 });
    await stubs.clearRequests();

    const revoked = await client.post('/__admin/vera/revoke-tokens');
    expect(revoked.status).toBe(200);
    expect(revoked.body.revoked).toBeGreaterThan(0);
    expect(await stubs.requests()).toEqual([]);

    await stubs.resetFaults();
    expect((await client.get(LEARNER_DATA, { query: { uln: '9990000011' }, headers: auth })).status).toBe(
      401,
    );
    expect((await client.post('/vera/_stub/revoke-tokens')).status).toBe(404);
  });

  it('expires a share request on demand: learner-data then answers 408', async () => {
    const auth = await bearer();
    const qr = await client.get('/vera/api/v1/education-records/generate-qr-code', { headers: auth });
    expect(qr.status).toBe(200);
    const { correlationId } = qr.body as { correlationId: string };
    expect((await client.get(LEARNER_DATA, { query: { correlationId }, headers: auth })).status).toBe(202);

    await stubs.setFault({ prefix: '/vera', status: 500 });
    expect((await client.post(`/__admin/vera/requests/${correlationId}/expire`)).status).toBe(200);
    await stubs.resetFaults();

    expect((await client.get(LEARNER_DATA, { query: { correlationId }, headers: auth })).status).toBe(408);
    expect((await client.post('/__admin/vera/requests/no-such-request/expire')).status).toBe(404);
  });
});
