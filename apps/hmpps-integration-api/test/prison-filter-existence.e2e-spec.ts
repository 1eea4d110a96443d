import { as, useHmppsApi } from './hmpps-test-app';

/**
 * Finding 14: `limited-prisons` (prisons [MDI]) got 400 "…incorrect prison" for a prisoner held at another
 * prison but 404 for one who does not exist, so it could tell who is held somewhere. Outside its prisons
 * every prisoner must look like one who does not exist, on every `/v1/prison/MDI/prisoners/{id}/…` route.
 */
describe('a prison-limited consumer cannot tell a prisoner held elsewhere from one who does not exist', () => {
  const context = useHmppsApi();
  const LIMITED = as('limited-prisons');
  const HELD_AT_LEI = 'A1234AA';
  const UNKNOWN = 'Z9999ZZ';
  const posting = {
    type: 'CANT',
    description: 'Canteen',
    amount: 100,
    clientTransactionId: 'CL-1',
    clientUniqueRef: 'existence-oracle-1',
  };
  const transfer = {
    description: 'To savings',
    amount: 100,
    clientTransactionId: 'CL-2',
    clientUniqueRef: 'existence-oracle-2',
    fromAccount: 'spends',
    toAccount: 'savings',
  };
  // Every row names its body (undefined for a GET): a shorter row would make Jest pass a `done` callback.
  const routes: Array<[string, string, object | undefined]> = [
    ['GET', 'balances', undefined],
    ['GET', 'accounts/spends/balances', undefined],
    ['GET', 'accounts/spends/transactions', undefined],
    ['GET', 'transactions/CANTEEN-2024-03-04-0001', undefined],
    ['GET', 'non-associations', undefined],
    ['POST', 'transactions', posting],
    ['POST', 'transactions/transfer', transfer],
  ];

  it.each(routes)('%s /v1/prison/MDI/prisoners/{id}/%s', async (method, tail, body) => {
    const call = (id: string) =>
      method === 'GET'
        ? context.api.get(`/v1/prison/MDI/prisoners/${id}/${tail}`, LIMITED)
        : context.api.post(`/v1/prison/MDI/prisoners/${id}/${tail}`, { ...LIMITED, body });
    const [elsewhere, unknown] = [await call(HELD_AT_LEI), await call(UNKNOWN)];
    // The id named, and the request's own trace id (moreInfo of the filter 404), differ by request only.
    const withoutId = (text: string, id: string) =>
      text
        .split(id)
        .join('{id}')
        .replace(/"moreInfo":"[0-9a-f]{32}"/, '"moreInfo":"{trace}"');
    expect(elsewhere.status).toBe(404);
    expect({ status: elsewhere.status, body: withoutId(elsewhere.text, HELD_AT_LEI) }).toEqual({
      status: unknown.status,
      body: withoutId(unknown.text, UNKNOWN),
    });
  });

  it('still serves a prisoner held in its own prison', async () => {
    expect((await context.api.get('/v1/prison/MDI/prisoners/G2996UX/balances', LIMITED)).status).toBe(200);
    expect((await context.api.get('/v1/prison/MDI/prisoners/G2996UX/non-associations', LIMITED)).status).toBe(
      200,
    );
  });
});
