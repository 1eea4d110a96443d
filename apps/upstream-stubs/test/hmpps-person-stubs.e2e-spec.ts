import { http, HttpClient, RunningStubs, startStubs } from '@libs/testing';

/** The prison and probation search, Prison API person and nDelius stand-ins that person operations call. */
describe('HMPPS person stand-ins', () => {
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
    ['GET', '/prisoner-offender-search/prisoner/G2996UX'],
    ['POST', '/prisoner-offender-search/global-search'],
    ['POST', '/probation-offender-search/search'],
    ['GET', '/prison-api/api/images/offenders/G2996UX'],
    ['GET', '/prison-api/api/offenders/G2996UX/addresses'],
    ['GET', '/ndelius/reference-data'],
    ['POST', '/ndelius/search/probation-cases'],
    ['GET', '/ndelius/case/AB123123/addresses'],
  ] as const)('refuses %s %s without a bearer token', async (method, path) => {
    const refused = await client.request(method, path, {
      body: method === 'POST' ? { crn: 'AB123123' } : undefined,
    });
    expect(refused.status).toBe(401);
    expect(refused.headers['www-authenticate']).toBe('Bearer');
  });

  it('answers every upstream ping without a token', async () => {
    for (const prefix of ['prison-api', 'prisoner-offender-search', 'incentives']) {
      expect((await client.get(`/${prefix}/health/ping`)).body).toEqual({ status: 'UP' });
    }
  });

  it('finds a probation record by PNC, CRN or NOMIS number, and refuses a search without criteria', async () => {
    for (const criteria of [{ pncNumber: '2004/13116M' }, { crn: 'AB123123' }, { nomsNumber: 'G2996UX' }]) {
      const found = await client.post('/probation-offender-search/search', { ...auth, body: criteria });
      expect(found.body.map((offender: { otherIds: { crn: string } }) => offender.otherIds.crn)).toEqual([
        'AB123123',
      ]);
    }
    expect((await client.post('/probation-offender-search/search', { ...auth, body: {} })).status).toBe(400);
  });

  it("finds the same probation records through nDelius' case search, by ids or names", async () => {
    for (const criteria of [
      { pncNumber: '2004/13116M' },
      { crn: 'AB123123' },
      { nomsNumber: 'G2996UX' },
      { surname: 'larsen', dateOfBirth: '1975-04-02' },
    ]) {
      const found = await client.post('/ndelius/search/probation-cases', { ...auth, body: criteria });
      expect(found.status).toBe(200);
      expect(found.body.map((offender: { otherIds: { crn: string } }) => offender.otherIds.crn)).toEqual([
        'AB123123',
      ]);
    }
    const byAlias = { firstName: 'Sophie', surname: 'Gill' };
    const withoutAliases = await client.post('/ndelius/search/probation-cases', { ...auth, body: byAlias });
    expect(withoutAliases.body).toEqual([]);
    const withAliases = await client.post('/ndelius/search/probation-cases', {
      ...auth,
      body: { ...byAlias, includeAliases: true },
    });
    expect(withAliases.body.map((offender: { otherIds: { crn: string } }) => offender.otherIds.crn)).toEqual([
      'X654321',
    ]);
    expect((await client.post('/ndelius/search/probation-cases', { ...auth, body: {} })).status).toBe(400);
  });

  it('pages the probation person search like Spring, reading includeAliases as text', async () => {
    const people = await client.post('/probation-offender-search/search/people', {
      ...auth,
      query: { page: 0, size: 1 },
      body: {
        firstName: 'Sophie',
        surname: 'Gill',
        dateOfBirth: null,
        pncNumber: null,
        includeAliases: 'true',
      },
    });
    expect(people.status).toBe(200);
    expect(people.body).toMatchObject({ number: 0, size: 1, totalElements: 1 });
    expect(
      people.body.content.map((offender: { otherIds: { crn: string } }) => offender.otherIds.crn),
    ).toEqual(['X654321']);
    const withoutAliases = await client.post('/probation-offender-search/search/people', {
      ...auth,
      body: { firstName: 'Sophie', surname: 'Gill', includeAliases: 'false' },
    });
    expect(withoutAliases.body.content).toEqual([]);
  });

  it('pages the attribute search by ?page=&size= over the body pagination', async () => {
    const search = {
      joinType: 'AND',
      queries: [
        {
          joinType: 'AND',
          matchers: [{ type: 'String', attribute: 'lastName', condition: 'IS', searchTerm: 'larsen' }],
        },
      ],
      pagination: { page: 0, size: 10 },
    };
    const byBody = await client.post('/prisoner-offender-search/attribute-search', { ...auth, body: search });
    const byQuery = await client.post('/prisoner-offender-search/attribute-search', {
      ...auth,
      query: { page: 1, size: 1 },
      body: search,
    });
    expect(byBody.body).toMatchObject({ number: 0, size: 10, totalElements: 2 });
    expect(byQuery.body).toMatchObject({ number: 1, size: 1, numberOfElements: 1, totalElements: 2 });
  });

  it("answers a case's addresses as nDelius' contact details, and 404 for an unknown case", async () => {
    const found = await client.get('/ndelius/case/AB123123/addresses', auth);
    expect(found.status).toBe(200);
    expect(found.body).toEqual({
      contactDetails: {
        addresses: [
          expect.objectContaining({
            addressNumber: '12',
            postcode: 'S2 5SY',
            from: '2019-03-01',
            to: null,
            noFixedAbode: false,
            type: { code: 'A02', description: 'Approved Premises' },
          }),
        ],
      },
    });
    expect((await client.get('/ndelius/case/Z999999/addresses', auth)).status).toBe(404);
  });

  it('pages global search results like Spring and limits prisoner-detail to the asked prisons', async () => {
    const global = await client.post('/prisoner-offender-search/global-search', {
      ...auth,
      query: { size: 1, page: 1 },
      body: { lastName: 'larsen' },
    });
    expect(global.body).toMatchObject({
      number: 1,
      size: 1,
      numberOfElements: 1,
      totalElements: 2,
      totalPages: 2,
      last: true,
    });
    const inLeeds = await client.post('/prisoner-offender-search/prisoner-detail', {
      ...auth,
      body: { lastName: 'Larsen', prisonIds: ['LEI'], pagination: { page: 0, size: 10 } },
    });
    expect(
      inLeeds.body.content.map((prisoner: { prisonerNumber: string }) => prisoner.prisonerNumber),
    ).toEqual(['H1234BB']);
  });

  it('narrows Alerts API alerts by isActive and alertCode, and pages and sorts them like Spring', async () => {
    const path = '/alerts-api/prisoners/G2996UX/alerts';
    const list = async (query: Record<string, string>) => {
      const response = await client.get(path, { ...auth, query });
      return { status: response.status, body: response.body };
    };
    const codes = (body: { content: Array<{ alertCode: { code: string } }> }) =>
      body.content.map((alert) => alert.alertCode.code);
    const all = await list({});
    expect(codes(all.body)).toEqual(['VIP', 'PL1', 'PEEP', 'XA', 'HA']);
    expect(codes((await list({ isActive: 'TRUE' })).body)).toEqual(['VIP', 'XA']);
    expect(codes((await list({ isActive: 'false' })).body)).toEqual(['PL1', 'PEEP', 'HA']);
    expect(codes((await list({ alertCode: 'HA, XA' })).body)).toEqual(['XA', 'HA']);
    expect(codes((await list({ sort: 'activeFrom' })).body)).toEqual(['HA', 'XA', 'PEEP', 'PL1', 'VIP']);
    expect(codes((await list({ sort: 'activeFrom,DESC' })).body)).toEqual(codes(all.body));
    const second = await list({ page: '1', size: '2' });
    expect(codes(second.body)).toEqual(['PEEP', 'XA']);
    expect(second.body).toMatchObject({ number: 1, size: 2, totalElements: 5, totalPages: 3, last: false });
    expect((await list({})).body).toMatchObject({ number: 0, totalElements: 5 });
    expect((await client.get('/alerts-api/prisoners/Z0000ZZ/alerts', auth)).body).toMatchObject({
      content: [],
      totalElements: 0,
    });
    const refused: Array<Record<string, string>> = [
      { page: '-1' },
      { size: '0' },
      { isActive: 'yes' },
      { sort: 'nope' },
      { sort: 'activeFrom,up' },
    ];
    for (const query of refused) {
      expect((await list(query)).status).toBe(400);
    }
  });

  it('searches Offender Case Notes as the service does: body filters, page from 1, PageMeta answer', async () => {
    const search = async (body: unknown, id = 'G2996UX') => {
      const response = await client.post(`/case-notes/search/case-notes/${id}`, { ...auth, body });
      return { status: response.status, body: response.body };
    };
    const ids = (body: { content: Array<{ caseNoteId: string }> }) =>
      body.content.map((note) => note.caseNoteId);
    const everything = await search({ includeSensitive: true });
    expect(everything.status).toBe(200);
    expect(ids(everything.body)).toEqual(['131232', '129877', '101445']);
    expect(everything.body).toMatchObject({
      metadata: { totalElements: 3, page: 1, size: 10 },
      hasCaseNotes: true,
    });
    // Sensitive notes only when asked for, as the service's default is false.
    expect(ids((await search({})).body)).toEqual(['131232', '129877']);
    const typed = await search({
      includeSensitive: true,
      typeSubTypes: [{ type: 'NEG' }, { type: 'POS', subTypes: ['IEP_ENC'] }],
    });
    expect(ids(typed.body)).toEqual(['129877', '101445']);
    expect(ids((await search({ typeSubTypes: [{ type: 'POS', subTypes: ['OTHER'] }] })).body)).toEqual([]);
    const dated = await search({
      includeSensitive: true,
      occurredFrom: '2021-08-01T20:30Z',
      occurredTo: '2023-11-14T14:45:00',
    });
    expect(ids(dated.body)).toEqual(['129877', '101445']);
    const second = await search({ includeSensitive: true, page: 2, size: 2, sort: 'occurredAt,asc' });
    expect(ids(second.body)).toEqual(['131232']);
    expect(second.body.metadata).toEqual({ totalElements: 3, page: 2, size: 2 });
    expect((await search({}, 'H1234BB')).body).toEqual({
      content: [],
      metadata: { totalElements: 0, page: 1, size: 10 },
      hasCaseNotes: false,
    });
    expect((await search({}, 'Z9999ZZ')).status).toBe(404);
    expect((await search({}, 'G4563QC')).status).toBe(403);
    for (const body of [
      { page: 0 },
      { size: '10' },
      { includeSensitive: 'yes' },
      { occurredFrom: '2024-01-01' },
      { typeSubTypes: [{ subTypes: [] }] },
      { sort: 'text,asc' },
    ]) {
      expect({ body, status: (await search(body)).status }).toEqual({ body, status: 400 });
    }
  });

  it('answers 404 in the HMPPS error body for an unknown prisoner', async () => {
    const response = await client.get('/prisoner-offender-search/prisoner/Z9999ZZ', auth);
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ status: 404, userMessage: 'Prisoner Z9999ZZ not found' });
  });

  it('serves image bytes as JPEG', async () => {
    const response = await client.get('/prison-api/api/images/2461788/data', auth);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/jpeg');
    expect((await client.get('/prison-api/api/images/1/data', auth)).status).toBe(404);
  });

  it('answers only the reasonable adjustments of the asked treatment types', async () => {
    const response = await client.get('/prison-api/api/bookings/1203745/reasonable-adjustments', {
      ...auth,
      query: { type: ['WHEELCHR_ACC', 'PEEP'] },
    });
    expect(
      response.body.reasonableAdjustments.map(
        (adjustment: { treatmentCode: string }) => adjustment.treatmentCode,
      ),
    ).toEqual(['WHEELCHR_ACC']);
  });
});
