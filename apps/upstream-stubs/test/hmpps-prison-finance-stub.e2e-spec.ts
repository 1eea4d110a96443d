import { http, HttpClient, RunningStubs, startStubs } from '@libs/testing';

const OFFENDER = '/prison-api/api/v1/prison/MDI/offenders/G2996UX';

describe('HMPPS visits, contacts, education and finance stand-ins', () => {
  let stubs: RunningStubs;
  let client: HttpClient;
  let auth: { headers: Record<string, string> };

  beforeAll(async () => {
    stubs = await startStubs();
    client = http(stubs.url);
    auth = { headers: { authorization: `Bearer ${await stubs.token()}` } };
  });

  afterAll(async () => {
    await stubs?.close();
  });

  it.each([
    `${OFFENDER}/accounts`,
    '/prison-api/api/bookings/offenderNo/G2996UX/visit/balances',
    '/non-associations/prisoner/G2996UX/non-associations',
    '/manage-prison-visits/visits/ab-cd-ef-gh',
    '/personal-relationships/contact/123456',
    '/incentives/incentive-reviews/prisoner/G2996UX',
    '/plp/inductions/G2996UX/induction-schedule',
  ])('refuses %s without a bearer token, as the real API does', async (path) => {
    const refused = await client.get(path);
    expect(refused.status).toBe(401);
    expect(refused.headers['www-authenticate']).toBe('Bearer');
    expect((await client.get(path, auth)).status).toBe(200);
  });

  it('records a posting once per client_unique_ref and answers a repeat with 409', async () => {
    const body = {
      type: 'CANT',
      description: 'Stub idempotency check',
      amount: 250,
      client_transaction_id: 'CL-STUB-1',
      client_unique_ref: `STUB-${Date.now()}`,
    };
    const first = await client.post(`${OFFENDER}/transactions`, { ...auth, body });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      id: expect.stringMatching(/^\d+-1$/),
      description: 'Stub idempotency check',
    });

    const repeat = await client.post(`${OFFENDER}/transactions`, { ...auth, body: { ...body, amount: 999 } });
    expect(repeat.status).toBe(409);
    expect(repeat.body.userMessage).toBe('Duplicate post - The client_unique_ref has been used before');

    const ledger = await client.get(`${OFFENDER}/accounts/spends/transactions`, auth);
    const entries = ledger.body.transactions.filter(
      (entry: { description: string }) => entry.description === 'Stub idempotency check',
    );
    expect(entries).toEqual([expect.objectContaining({ id: first.body.id, amount: 250 })]);
    const byRef = await client.get(`${OFFENDER}/transactions/${body.client_unique_ref}`, auth);
    expect(byRef.body).toMatchObject({ id: first.body.id, type: { code: 'CANT', desc: 'Canteen Purchase' } });
  });

  it.each([
    [{ type: 'NOPE' }, 'Invalid transaction type: NOPE'],
    [{ amount: 0 }, 'amount must be a positive whole number of pence'],
    [
      { client_unique_ref: 'not allowed!' },
      "client_unique_ref must be 1 to 64 characters of letters, digits, '-' and '_'",
    ],
  ])('refuses the posting %j with 400', async (change, message) => {
    const body = {
      type: 'CANT',
      amount: 100,
      client_transaction_id: 'CL-STUB-2',
      client_unique_ref: `STUB-BAD-${Date.now()}`,
      ...change,
    };
    const response = await client.post(`${OFFENDER}/transactions`, { ...auth, body });
    expect(response.status).toBe(400);
    expect(response.body.userMessage).toBe(message);
  });

  it('tells an unknown prisoner (404) from one held elsewhere (400)', async () => {
    expect((await client.get('/prison-api/api/v1/prison/MDI/offenders/Z9999ZZ/accounts', auth)).status).toBe(
      404,
    );
    expect((await client.get('/prison-api/api/v1/prison/MDI/offenders/A1234AA/accounts', auth)).status).toBe(
      400,
    );
  });

  it('records a transfer as a debit and a credit entry of one transaction', async () => {
    const response = await client.post(
      '/prison-api/api/finance/prison/MDI/offenders/G2996UX/transfer-to-savings',
      {
        ...auth,
        body: {
          description: 'Save',
          amount: 100,
          client_transaction_id: 'CL-T',
          client_unique_ref: `STUB-T-${Date.now()}`,
        },
      },
    );
    expect(response.status).toBe(200);
    const { transactionId, debitTransaction, creditTransaction } = response.body;
    expect(debitTransaction.id).toBe(`${transactionId}-1`);
    expect(creditTransaction.id).toBe(`${transactionId}-2`);
  });

  it('pages Spring-style from 0 and validates the visit search', async () => {
    const page = await client.get('/personal-relationships/prisoner/G2996UX/contact', {
      ...auth,
      query: { page: 1, size: 2 },
    });
    expect(page.body).toMatchObject({
      number: 1,
      size: 2,
      numberOfElements: 1,
      totalElements: 3,
      last: true,
    });
    const search = await client.get('/manage-prison-visits/visits/search', {
      ...auth,
      query: { prisonId: 'MDI' },
    });
    expect(search.status).toBe(400);
  });
});
