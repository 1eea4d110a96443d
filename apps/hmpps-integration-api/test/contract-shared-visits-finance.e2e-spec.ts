import { expectHeadShape } from './head-contract';
import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');
const MDI = '/v1/prison/MDI/prisoners';

/**
 * HEAD's shapes for the visit, non-association and prison finance operations we share with it, called over
 * HTTP against the upstream stubs.
 */
describe('contract with HEAD: visits, non-associations, finance', () => {
  const context = useHmppsApi();

  it.each([
    ['GET /v1/prison/{prisonId}/visit/search', '/v1/prison/MDI/visit/search', { visitStatus: 'BOOKED' }],
    ['GET /v1/visit/{visitReference}', '/v1/visit/ab-cd-ef-gh', {}],
    ['GET /v1/persons/{hmppsId}/visit/future', '/v1/persons/G2996UX/visit/future', {}],
    ['GET /v1/persons/{hmppsId}/visit-restrictions', '/v1/persons/G2996UX/visit-restrictions', {}],
    [
      'GET /v1/persons/{hmppsId}/visitor/{contactId}/restrictions',
      '/v1/persons/G2996UX/visitor/123456/restrictions',
      {},
    ],
    ['GET /v1/persons/{hmppsId}/visit-orders', '/v1/persons/G2996UX/visit-orders', {}],
    [
      'GET /v1/prison/{prisonId}/prisoners/{hmppsId}/non-associations',
      '/v1/prison/MDI/prisoners/G2996UX/non-associations',
      {},
    ],
    ['GET /v1/prison/{prisonId}/prisoners/{hmppsId}/balances', `${MDI}/G2996UX/balances`, {}],
    [
      'GET /v1/prison/{prisonId}/prisoners/{hmppsId}/accounts/{accountCode}/balances',
      `${MDI}/G2996UX/accounts/spends/balances`,
      {},
    ],
    [
      'GET /v1/prison/{prisonId}/prisoners/{hmppsId}/accounts/{accountCode}/transactions',
      `${MDI}/G2996UX/accounts/spends/transactions`,
      { from_date: '2024-03-01', to_date: '2024-03-31' },
    ],
    [
      'GET /v1/prison/{prisonId}/prisoners/{hmppsId}/transactions/{clientUniqueRef}',
      `${MDI}/G2996UX/transactions/CANTEEN-2024-03-04-0001`,
      {},
    ],
  ])('%s (%s)', async (operation, path, query) => {
    const response = await context.api.get(path, { ...ALL, query });
    expect(response.status).toBe(200);
    expectHeadShape(operation, response);
  });

  it('POST /v1/prison/{prisonId}/prisoners/{hmppsId}/transactions', async () => {
    const body = {
      type: 'CANT',
      description: 'Canteen purchase',
      amount: 1634,
      clientTransactionId: 'CL123212',
      clientUniqueRef: `CONTRACT-${Date.now()}`,
    };
    const response = await context.api.post(`${MDI}/G2996UX/transactions`, { ...ALL, body });
    expect(response.status).toBe(200);
    expectHeadShape('POST /v1/prison/{prisonId}/prisoners/{hmppsId}/transactions', response);
  });

  it('POST /v1/prison/{prisonId}/prisoners/{hmppsId}/transactions/transfer', async () => {
    const body = {
      description: 'Money from savings',
      amount: 1000,
      clientTransactionId: 'CL123213',
      clientUniqueRef: `CONTRACT-TRANSFER-${Date.now()}`,
      fromAccount: 'spends',
      toAccount: 'savings',
    };
    const response = await context.api.post(`${MDI}/G2996UX/transactions/transfer`, { ...ALL, body });
    expect(response.status).toBe(200);
    expectHeadShape('POST /v1/prison/{prisonId}/prisoners/{hmppsId}/transactions/transfer', response);
  });
});
