import { rawRequest } from '@libs/testing';
import { as, useHmppsApi } from './hmpps-test-app';

/** What an outside probe found in hmpps-integration-api (issue 15), each over a real socket. */
describe('hmpps-integration-api answers hostile requests in its envelope', () => {
  const context = useHmppsApi();
  const ALL = as('all-access').headers;
  const envelope = (status: number) => ({
    status,
    errorCode: null,
    userMessage: expect.any(String),
    developerMessage: expect.any(String),
    moreInfo: null,
  });

  it('finding 6: a field nested 3,000 objects deep in a finance POST → 400, nothing sent upstream', async () => {
    await context.stubs.clearRequests();
    const deep = '{"a":'.repeat(3_000) + '1' + '}'.repeat(3_000);
    const response = await rawRequest(context.app.url, {
      method: 'POST',
      target: '/v1/prison/MDI/prisoners/G2996UX/transactions',
      headers: { ...ALL, 'content-type': 'application/json' },
      body: `{"type":"CANT","description":${deep},"amount":1,"clientTransactionId":"x","clientUniqueRef":"y"}`,
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual(envelope(400));
    expect(await context.stubs.requests('/prison-api')).toEqual([]);
  });

  it.each([
    ['a raw #', '/v1/persons/G2996UX/name#x'],
    ['absolute form', 'http://evil.example/v1/persons/G2996UX/name'],
    ['an encoded dot segment', '/v1/persons/%2e%2e/name'],
  ])('a consumer allowed everything still gets 400 for %s, and no upstream call', async (_name, target) => {
    await context.stubs.clearRequests();
    const response = await rawRequest(context.app.url, { target, headers: ALL });
    expect(response.status).toBe(400);
    expect(response.body).toEqual(envelope(400));
    expect(await context.stubs.requests()).toEqual([]);
  });

  it.each([
    ['DEL in a header', '/v1/persons/G2996UX/name', { ...ALL, 'x-probe': 'a\u007fb' }],
    ['a tab in the path', '/v1/persons/G2996UX\t/name', ALL],
  ])("finding 12: %s → 400 in the envelope, not Fastify's", async (_name, target, headers) => {
    const response = await rawRequest(context.app.url, { target, headers });
    expect(response.status).toBe(400);
    expect(response.body).toEqual(envelope(400));
  });
});
