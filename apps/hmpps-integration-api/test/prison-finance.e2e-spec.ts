import { http } from '@libs/testing';
import { as, HmppsTestContext, startHmppsApi } from './hmpps-test-app';
import { transferToSavings } from './request-bodies';

const ALL = as('all-access');
const LIMITED = as('limited-prisons');
const NO_PRISONS = as('no-prisons');
const MDI = '/v1/prison/MDI/prisoners';
const PRISON_API_G2996UX = '/prison-api/api/v1/prison/MDI/offenders/G2996UX';

let sequence = 0;
/** A client reference no other test uses, so the stand-in's ledger never sees it twice by accident. */
function uniqueRef(label: string): string {
  sequence += 1;
  return `${label}-${Date.now()}-${sequence}`;
}

function posting(overrides: Record<string, unknown> = {}) {
  return {
    type: 'CANT',
    description: 'Canteen purchase',
    amount: 1634,
    clientTransactionId: 'CL123212',
    clientUniqueRef: uniqueRef('CANT'),
    ...overrides,
  };
}

describe('prison finance', () => {
  let context: HmppsTestContext;

  beforeAll(async () => {
    context = await startHmppsApi({ TRANSACTION_RETRY_BACKOFF_MS: '50' });
  });

  afterAll(async () => {
    await context?.close();
  });

  afterEach(async () => {
    await context.stubs.resetFaults();
  });

  /** What the Prison API stand-in holds on one account today, read straight from it. */
  async function ledgerToday(
    account: string,
  ): Promise<{ id: string; description: string; amount: number }[]> {
    const token = await context.stubs.token();
    const response = await http(context.stubs.url).get(
      `${PRISON_API_G2996UX}/accounts/${account}/transactions`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    expect(response.status).toBe(200);
    return response.body.transactions;
  }

  async function postingsTo(path: string) {
    return (await context.stubs.requests(path)).filter((request) => request.method === 'POST');
  }

  describe('GET …/balances (#47) and …/accounts/{accountCode}/balances (#48)', () => {
    it('lists spends, savings and cash in pence, by NOMIS number or CRN', async () => {
      for (const id of ['G2996UX', 'AB123123']) {
        const response = await context.api.get(`${MDI}/${id}/balances`, ALL);
        expect(response.status).toBe(200);
        expect(response.body).toEqual({
          data: {
            balances: [
              { accountCode: 'spends', amount: 12345 },
              { accountCode: 'savings', amount: 50000 },
              { accountCode: 'cash', amount: 2500 },
            ],
          },
        });
      }
    });

    it('gives one balance, and refuses an unknown account code without asking Prison API', async () => {
      const savings = await context.api.get(`${MDI}/G2996UX/accounts/savings/balances`, ALL);
      expect(savings.body).toEqual({ data: { balance: { accountCode: 'savings', amount: 50000 } } });

      await context.stubs.clearRequests();
      const bad = await context.api.get(`${MDI}/G2996UX/accounts/bitcoin/balances`, ALL);
      expect(bad.status).toBe(400);
      expect(bad.body.userMessage).toBe(
        'Either invalid HMPPS ID: G2996UX, invalid Account Code: bitcoin or incorrect prison: MDI',
      );
      expect(await context.stubs.requests('/prison-api')).toEqual([]);
    });

    it('treats a prison outside the consumer prisons as not found, before any upstream call', async () => {
      await context.stubs.clearRequests();
      const limited = await context.api.get('/v1/prison/LEI/prisoners/A1234AA/balances', LIMITED);
      expect(limited.status).toBe(404);
      expect(limited.body.userMessage).toBe('Could not find person with id: A1234AA');
      const none = await context.api.get(`${MDI}/G2996UX/balances`, NO_PRISONS);
      expect(none.status).toBe(404);
      expect(await context.stubs.requests()).toEqual([]);

      const allowed = await context.api.get(`${MDI}/G2996UX/balances`, LIMITED);
      expect(allowed.status).toBe(200);
    });

    it('answers 400 for an invalid id and for a prisoner without accounts at that prison', async () => {
      const invalid = await context.api.get(`${MDI}/not-an-id/balances`, ALL);
      expect(invalid.status).toBe(400);
      expect(invalid.body).toEqual({
        status: 400,
        errorCode: null,
        userMessage: 'Either invalid HMPPS ID: not-an-id or incorrect prison: MDI',
        developerMessage: 'Validation failure: Either invalid HMPPS ID: not-an-id or incorrect prison: MDI',
        moreInfo: null,
      });
      const elsewhere = await context.api.get(`${MDI}/A1234AA/balances`, ALL);
      expect(elsewhere.status).toBe(400);
      expect(elsewhere.body.userMessage).toBe('Either invalid HMPPS ID: A1234AA or incorrect prison: MDI');
    });

    it('answers 404 for someone unknown and 500 when Prison API leaves a balance out', async () => {
      const unknown = await context.api.get(`${MDI}/Z9999ZZ/balances`, ALL);
      expect(unknown.status).toBe(404);
      expect(unknown.body.userMessage).toBe('Could not find person with id: Z9999ZZ');
      const incomplete = await context.api.get('/v1/prison/LEI/prisoners/H1234BB/balances', ALL);
      expect(incomplete.status).toBe(500);
    });

    it('fails with a 5xx naming Prison API when it is down', async () => {
      await context.stubs.setFault({ prefix: '/prison-api/api/v1/prison', status: 500 });
      const response = await context.api.get(`${MDI}/G2996UX/balances`, ALL);
      expect(response.status).toBe(500);
      expect(response.body.userMessage).toContain('prison-api');
    });
  });

  describe('GET …/accounts/{accountCode}/transactions (#49)', () => {
    it('lists the transactions between two dates', async () => {
      const response = await context.api.get(`${MDI}/G2996UX/accounts/spends/transactions`, {
        ...ALL,
        query: { from_date: '2024-03-01', to_date: '2024-03-31' },
      });
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual([
        {
          id: '204564839-1',
          type: { code: 'CANT', desc: 'Canteen Purchase' },
          description: 'Canteen purchase of £16.34',
          amount: 1634,
          date: '2024-03-04',
          clientUniqueRef: null,
        },
        expect.objectContaining({ id: '204564840-1', type: { code: 'PHONE', desc: 'Phone Credit' } }),
      ]);
      expect(response.body.pagination).toEqual({
        isLastPage: true,
        count: 2,
        page: 1,
        perPage: 10,
        totalCount: 2,
        totalPages: 1,
      });
      const second = await context.api.get(`${MDI}/G2996UX/accounts/spends/transactions`, {
        ...ALL,
        query: { from_date: '2024-03-01', to_date: '2024-03-31', page: 2, perPage: 1 },
      });
      expect(second.body.data.map((transaction: { id: string }) => transaction.id)).toEqual(['204564840-1']);
      expect(second.body.pagination).toMatchObject({ isLastPage: true, count: 1, page: 2, totalPages: 2 });
    });

    it('asks for today only when no dates are given', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get(`${MDI}/G2996UX/accounts/cash/transactions`, ALL);
      expect(response.status).toBe(200);
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
      const [call] = await context.stubs.requests(`${PRISON_API_G2996UX}/accounts/cash/transactions`);
      expect(call.query).toEqual({ from_date: today, to_date: today });
    });

    it('refuses one date without the other, impossible dates and unknown account codes', async () => {
      const half = await context.api.get(`${MDI}/G2996UX/accounts/spends/transactions`, {
        ...ALL,
        query: { from_date: '2024-03-01' },
      });
      expect(half.status).toBe(400);
      expect(half.body.userMessage).toBe('Both fromDate and toDate must be supplied if one is populated');
      const impossible = await context.api.get(`${MDI}/G2996UX/accounts/spends/transactions`, {
        ...ALL,
        query: { from_date: '2024-02-30', to_date: '2024-03-01' },
      });
      expect(impossible.status).toBe(400);
      const code = await context.api.get(`${MDI}/G2996UX/accounts/gold/transactions`, ALL);
      expect(code.status).toBe(400);
      expect(code.body.userMessage).toBe("Account code must either be 'spends', 'savings', or 'cash'");
    });

    it('answers 404 for someone unknown or outside the consumer prisons', async () => {
      const unknown = await context.api.get(`${MDI}/Z9999ZZ/accounts/spends/transactions`, ALL);
      expect(unknown.status).toBe(404);
      expect(unknown.body.userMessage).toBe('Could not find transactions with id: Z9999ZZ');
      const filtered = await context.api.get(
        '/v1/prison/LEI/prisoners/A1234AA/accounts/spends/transactions',
        LIMITED,
      );
      expect(filtered.status).toBe(404);
    });
  });

  describe('GET …/transactions/{clientUniqueRef} (#50)', () => {
    it('finds a transaction by its client reference, and 404 for an unknown one', async () => {
      const found = await context.api.get(`${MDI}/G2996UX/transactions/CANTEEN-2024-03-04-0001`, ALL);
      expect(found.status).toBe(200);
      expect(found.body.data).toEqual({
        id: '204564839-1',
        type: { code: 'CANT', desc: 'Canteen Purchase' },
        description: 'Canteen purchase of £16.34',
        amount: 1634,
        date: '2024-03-04',
        clientUniqueRef: null,
      });
      const missing = await context.api.get(`${MDI}/G2996UX/transactions/NOPE`, ALL);
      expect(missing.status).toBe(404);
      expect(missing.body.userMessage).toBe('Could not find transaction with id: NOPE');
    });
  });

  describe('POST …/transactions (#51)', () => {
    it('posts a snake_case body to Prison API and answers the new transaction id', async () => {
      const body = posting();
      await context.stubs.clearRequests();
      const response = await context.api.post(`${MDI}/AB123123/transactions`, { ...ALL, body });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ data: { transactionId: expect.stringMatching(/^\d+-1$/) } });
      const [sent] = await postingsTo(`${PRISON_API_G2996UX}/transactions`);
      expect(sent.body).toEqual({
        type: 'CANT',
        description: 'Canteen purchase',
        amount: 1634,
        client_transaction_id: 'CL123212',
        client_unique_ref: body.clientUniqueRef,
      });

      const readBack = await context.api.get(`${MDI}/G2996UX/transactions/${body.clientUniqueRef}`, ALL);
      expect(readBack.body.data).toMatchObject({ id: response.body.data.transactionId, amount: 1634 });
    });

    it('leaves a missing description out of the upstream body', async () => {
      const { description: _left, ...body } = posting();
      await context.stubs.clearRequests();
      const response = await context.api.post(`${MDI}/G2996UX/transactions`, { ...ALL, body });
      expect(response.status).toBe(200);
      const [sent] = await postingsTo(`${PRISON_API_G2996UX}/transactions`);
      expect(sent.body).not.toHaveProperty('description');
    });

    it('answers 409 with the reference messages when the client reference was used before', async () => {
      const body = posting({ clientTransactionId: 'CL-DUP-1', description: uniqueRef('duplicate') });
      expect((await context.api.post(`${MDI}/G2996UX/transactions`, { ...ALL, body })).status).toBe(200);
      const again = await context.api.post(`${MDI}/G2996UX/transactions`, { ...ALL, body });
      expect(again.status).toBe(409);
      expect(again.body).toEqual({
        status: 409,
        errorCode: null,
        userMessage: 'The transaction CL-DUP-1 has not been recorded as it is a duplicate.',
        developerMessage: 'Unable to complete request as this is a duplicate request',
        moreInfo: null,
      });
      const recorded = (await ledgerToday('spends')).filter(
        (entry) => entry.description === body.description,
      );
      expect(recorded).toHaveLength(1);
    });

    it.each([
      [{}, ['Transaction type must not be blank', 'Amount must be a positive whole number of pence']],
      [{ type: '  ' }, ['Transaction type must not be blank']],
      [{ amount: 0 }, ['Amount must be a positive whole number of pence']],
      [{ amount: -5 }, ['Amount must be a positive whole number of pence']],
      [{ amount: 12.5 }, ['Amount must be a positive whole number of pence']],
      [{ amount: '100' }, ['Amount must be a positive whole number of pence']],
      [{ amount: 2_147_483_648 }, ['Amount must be at most 2147483647 pence']],
      [{ clientTransactionId: '' }, ['Client transaction ID must not be blank']],
      [{ clientUniqueRef: '' }, ['Client unique ref must not be blank']],
      [
        { clientUniqueRef: 'has space' },
        ["Client unique ref must be at most 64 characters of letters, digits, '-' and '_'"],
      ],
      [
        { clientUniqueRef: 'x'.repeat(65) },
        ["Client unique ref must be at most 64 characters of letters, digits, '-' and '_'"],
      ],
    ])('refuses the body %j with the validation envelope and no upstream call', async (change, messages) => {
      await context.stubs.clearRequests();
      const body = Object.keys(change).length === 0 ? {} : posting(change);
      const response = await context.api.post(`${MDI}/G2996UX/transactions`, { ...ALL, body });
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        status: 400,
        userMessage: 'Validation issues in request body',
        developerMessage: 'Validation issues in request body',
        validationErrors: expect.arrayContaining(messages),
      });
      expect(await postingsTo('/prison-api')).toEqual([]);
    });

    it('refuses a body that is not a JSON object, and malformed JSON', async () => {
      const array = await context.api.post(`${MDI}/G2996UX/transactions`, { ...ALL, body: [posting()] });
      expect(array.status).toBe(400);
      expect(array.body.validationErrors).toEqual(['Request body must be a JSON object']);
      const broken = await context.api.post(`${MDI}/G2996UX/transactions`, {
        headers: { ...ALL.headers, 'content-type': 'application/json' },
        body: '{"type":',
      });
      expect(broken.status).toBe(400);
    });

    it('authorises the consumer before looking at the body', async () => {
      const response = await context.api.post(`${MDI}/G2996UX/transactions`, { ...as('nobody'), body: {} });
      expect(response.status).toBe(403);
    });

    it('treats a prison outside the consumer prisons as " Not found" before any upstream call', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.post('/v1/prison/LEI/prisoners/A1234AA/transactions', {
        ...LIMITED,
        body: posting(),
      });
      expect(response.status).toBe(404);
      expect(response.body.userMessage).toBe(' Not found');
      expect(await context.stubs.requests()).toEqual([]);
    });

    it('passes a Prison API refusal on as 400 naming the person, prison and body', async () => {
      const body = posting({ type: 'NOPE' });
      const response = await context.api.post(`${MDI}/G2996UX/transactions`, { ...ALL, body });
      expect(response.status).toBe(400);
      expect(response.body.userMessage).toBe(
        `Either invalid HMPPS ID: G2996UX or incorrect prison: MDI or invalid request body: ${JSON.stringify({
          type: 'NOPE',
          description: 'Canteen purchase',
          amount: 1634,
          client_transaction_id: 'CL123212',
          client_unique_ref: body.clientUniqueRef,
        })}`,
      );
    });

    it('resends a post that timed out and records exactly one transaction', async () => {
      const body = posting({ description: uniqueRef('timed-out') });
      await context.stubs.clearRequests();
      await context.stubs.setFault({
        prefix: `${PRISON_API_G2996UX}/transactions`,
        latencyMs: 5000,
        times: 1,
      });
      const response = await context.api.post(`${MDI}/G2996UX/transactions`, { ...ALL, body });
      expect(response.status).toBe(200);
      expect(await postingsTo(`${PRISON_API_G2996UX}/transactions`)).toHaveLength(2);
      const recorded = (await ledgerToday('spends')).filter(
        (entry) => entry.description === body.description,
      );
      expect(recorded).toEqual([expect.objectContaining({ id: response.body.data.transactionId })]);
    });

    it('answers the recorded transaction when the resend meets its own lost first attempt', async () => {
      const body = posting({ description: uniqueRef('lost-answer') });
      await context.stubs.clearRequests();
      // The first post is recorded but its answer arrives garbled, so the API resends it.
      await context.stubs.setFault({
        prefix: `${PRISON_API_G2996UX}/transactions`,
        malformed: true,
        times: 1,
      });
      const response = await context.api.post(`${MDI}/G2996UX/transactions`, { ...ALL, body });
      expect(response.status).toBe(200);
      expect(await postingsTo(`${PRISON_API_G2996UX}/transactions`)).toHaveLength(2);
      const recorded = (await ledgerToday('spends')).filter(
        (entry) => entry.description === body.description,
      );
      expect(recorded).toHaveLength(1);
      expect(response.body.data.transactionId).toBe(recorded[0].id);
    });
  });

  describe('POST …/transactions/transfer (#52)', () => {
    it('moves money from spends to savings', async () => {
      const body = transferToSavings(uniqueRef('TR'));
      await context.stubs.clearRequests();
      const response = await context.api.post(`${MDI}/G2996UX/transactions/transfer`, { ...ALL, body });
      expect(response.status).toBe(200);
      const { debitTransactionId, creditTransactionId, transactionId } = response.body.data;
      expect(debitTransactionId).toBe(`${transactionId}-1`);
      expect(creditTransactionId).toBe(`${transactionId}-2`);
      const [sent] = await postingsTo(
        '/prison-api/api/finance/prison/MDI/offenders/G2996UX/transfer-to-savings',
      );
      expect(sent.body).toEqual({
        description: 'Transfer to savings',
        amount: 500,
        client_transaction_id: 'CL-TR-1',
        client_unique_ref: body.clientUniqueRef,
      });
      const again = await context.api.post(`${MDI}/G2996UX/transactions/transfer`, { ...ALL, body });
      expect(again.status).toBe(409);
      expect(again.body.userMessage).toBe(
        'The transaction CL-TR-1 has not been recorded as it is a duplicate.',
      );
    });

    it('answers the recorded transfer when the resend meets its own lost first attempt', async () => {
      const body = {
        description: uniqueRef('lost-transfer'),
        amount: 700,
        clientTransactionId: 'CL-TR-3',
        clientUniqueRef: uniqueRef('TR'),
        fromAccount: 'spends',
        toAccount: 'savings',
      };
      const transferPath = '/prison-api/api/finance/prison/MDI/offenders/G2996UX/transfer-to-savings';
      await context.stubs.clearRequests();
      await context.stubs.setFault({ prefix: transferPath, malformed: true, times: 1 });
      const response = await context.api.post(`${MDI}/G2996UX/transactions/transfer`, { ...ALL, body });
      expect(response.status).toBe(200);
      expect(await postingsTo(transferPath)).toHaveLength(2);
      const [debit] = (await ledgerToday('spends')).filter((entry) => entry.description === body.description);
      const [credit] = (await ledgerToday('savings')).filter(
        (entry) => entry.description === body.description,
      );
      expect(response.body.data).toEqual({
        debitTransactionId: debit.id,
        creditTransactionId: credit.id,
        transactionId: debit.id.split('-')[0],
      });
    });

    it('refuses any other direction, even before the prison filter', async () => {
      const body = {
        description: 'Back to spends',
        amount: 500,
        clientTransactionId: 'CL-TR-2',
        clientUniqueRef: uniqueRef('TR'),
        fromAccount: 'savings',
        toAccount: 'spends',
      };
      const response = await context.api.post('/v1/prison/LEI/prisoners/A1234AA/transactions/transfer', {
        ...LIMITED,
        body,
      });
      expect(response.status).toBe(400);
      expect(response.body.userMessage).toBe(
        'Either invalid HMPPS ID: A1234AA or incorrect prison: LEI or invalid request body: Invalid from and/or to accounts provided',
      );
    });

    it('validates the transfer body', async () => {
      const response = await context.api.post(`${MDI}/G2996UX/transactions/transfer`, {
        ...ALL,
        body: { amount: 5, clientTransactionId: 'x', clientUniqueRef: 'y' },
      });
      expect(response.status).toBe(400);
      expect(response.body.validationErrors).toEqual(
        expect.arrayContaining([
          'Description must not be blank',
          'From account must not be blank',
          'To account must not be blank',
        ]),
      );
    });
  });

  it('documents the finance operations and their bodies in the OpenAPI document', async () => {
    const docs = (await context.api.get('/v3/api-docs', ALL)).body;
    const post = docs.paths['/v1/prison/{prisonId}/prisoners/{hmppsId}/transactions'].post;
    expect(post.requestBody.content['application/json'].schema.$ref).toBe(
      '#/components/schemas/TransactionRequestDto',
    );
    expect(docs.components.schemas.TransactionRequestDto.required).toEqual(
      expect.arrayContaining(['amount', 'clientTransactionId', 'clientUniqueRef', 'type']),
    );
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['200', '400', '404', '409']));
    expect(docs.paths['/v1/prison/{prisonId}/prisoners/{hmppsId}/transactions/transfer'].post).toBeDefined();
  });

  // Last: the failed attempts count against Prison API's circuit breaker.
  it('gives up after the retries when Prison API keeps failing, recording nothing', async () => {
    const body = posting({ description: uniqueRef('unavailable') });
    await context.stubs.clearRequests();
    await context.stubs.setFault({ prefix: `${PRISON_API_G2996UX}/transactions`, status: 503 });
    const response = await context.api.post(`${MDI}/G2996UX/transactions`, { ...ALL, body });
    expect(response.status).toBe(500);
    expect(response.body.userMessage).toContain('prison-api');
    expect(await postingsTo(`${PRISON_API_G2996UX}/transactions`)).toHaveLength(4);
    await context.stubs.resetFaults();
    expect((await ledgerToday('spends')).filter((entry) => entry.description === body.description)).toEqual(
      [],
    );
  });
});
