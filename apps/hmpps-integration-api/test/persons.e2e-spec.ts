import { allOf, anyOf, personSearchBody, prisonIn, stringIs } from './attribute-search-queries';
import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');
const LIMITED = as('limited-prisons');

const NDELIUS_SEARCH = '/ndelius/search/probation-cases';
const PEOPLE_SEARCH = '/probation-offender-search/search/people';

describe('person operations', () => {
  const context = useHmppsApi();

  const bodiesOf = async (path: string) =>
    (await context.stubs.requests(path)).map((request) => request.body);
  const attributeSearches = async () =>
    (await context.stubs.requests('/prisoner-offender-search/attribute-search')).map((request) => ({
      query: request.query,
      body: request.body as { queries: unknown[] },
    }));

  describe('GET /v1/persons (#1)', () => {
    it('lists prison matches then probation matches, each newest date of birth first', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get('/v1/persons', { ...ALL, query: { last_name: 'Larsen' } });
      expect(response.status).toBe(200);
      expect(
        response.body.data.map((person: { firstName: string; hmppsId: string | null }) => [
          person.firstName,
          person.hmppsId,
        ]),
      ).toEqual([
        ['EMMA', 'H1234BB'],
        ['ROBERT', 'G2996UX'],
        ['Robert', 'AB123123'],
      ]);
      expect(response.body.pagination).toEqual({
        isLastPage: true,
        count: 3,
        page: 1,
        perPage: 10,
        totalCount: 3,
        totalPages: 1,
      });
      // Without use-probation-search-for-person-search: no page asked of Prisoner Search, nDelius' case
      // search for the probation half with the criteria given.
      expect(await attributeSearches()).toEqual([
        { query: {}, body: personSearchBody(anyOf(allOf(stringIs('lastName', 'Larsen')))) },
      ]);
      expect(await bodiesOf(NDELIUS_SEARCH)).toEqual([{ surname: 'Larsen', includeAliases: false }]);
      expect(await context.stubs.requests(PEOPLE_SEARCH)).toEqual([]);
    });

    it('maps a probation person fully, nulls included', async () => {
      const response = await context.api.get('/v1/persons', {
        ...ALL,
        query: { first_name: 'Robert', last_name: 'Larsen' },
      });
      expect(response.body.data[1]).toEqual({
        firstName: 'Robert',
        lastName: 'Larsen',
        middleName: 'Albert',
        dateOfBirth: '1975-04-02',
        gender: 'Male',
        ethnicity: 'White: Eng./Welsh/Scot./N.Irish/British',
        aliases: [
          {
            firstName: 'Bob',
            lastName: 'Larsen',
            middleName: '',
            dateOfBirth: '1975-04-02',
            gender: 'Male',
            ethnicity: null,
          },
        ],
        identifiers: { nomisNumber: 'G2996UX', croNumber: '51072/04R', deliusCrn: 'AB123123' },
        pncId: '2004/13116M',
        hmppsId: 'AB123123',
        contactDetails: {
          phoneNumbers: [
            { number: '07700 900461', type: 'MOBILE' },
            { number: '0113 496 0127', type: 'TELEPHONE' },
          ],
          emails: ['robert.larsen@example.com'],
        },
        currentRestriction: false,
        restrictionMessage: null,
        currentExclusion: false,
        exclusionMessage: null,
      });
    });

    it('answers the first page of the combined list, perPage long', async () => {
      const response = await context.api.get('/v1/persons', {
        ...ALL,
        query: { last_name: 'Larsen', perPage: 2 },
      });
      expect(response.body.data.map((person: { hmppsId: string }) => person.hmppsId)).toEqual([
        'H1234BB',
        'G2996UX',
      ]);
      expect(response.body.pagination).toEqual({
        isLastPage: false,
        count: 2,
        page: 1,
        perPage: 2,
        totalCount: 3,
        totalPages: 2,
      });
    });

    it('searches both by PNC: Prisoner Search with a PNC matcher, nDelius by pncNumber', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get('/v1/persons', { ...ALL, query: { pnc_number: '2004/13116M' } });
      expect(response.body.data.map((person: { hmppsId: string }) => person.hmppsId)).toEqual([
        'G2996UX',
        'AB123123',
      ]);
      expect(await attributeSearches()).toEqual([
        { query: {}, body: personSearchBody(allOf({ type: 'PNC', pncNumber: '2004/13116M' })) },
      ]);
      expect(await bodiesOf(NDELIUS_SEARCH)).toEqual([{ pncNumber: '2004/13116M', includeAliases: false }]);
    });

    it('searches within aliases when asked', async () => {
      const withoutAliases = await context.api.get('/v1/persons', {
        ...ALL,
        query: { last_name: 'Nielsen' },
      });
      expect(withoutAliases.body.data).toEqual([]);
      const withAliases = await context.api.get('/v1/persons', {
        ...ALL,
        query: { last_name: 'Nielsen', search_within_aliases: true },
      });
      expect(
        withAliases.body.data.map(
          (person: { identifiers: { nomisNumber: string } }) => person.identifiers.nomisNumber,
        ),
      ).toEqual(['H1234BB']);
    });

    it('asks Prisoner Search for the name and date of birth on the record or an alias, and nDelius for the criteria given', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get('/v1/persons', {
        ...ALL,
        query: {
          first_name: 'Bob',
          last_name: 'Larsen',
          date_of_birth: '1975-04-02',
          search_within_aliases: true,
        },
      });
      expect(response.status).toBe(200);
      expect(response.body.data.map((person: { hmppsId: string }) => person.hmppsId)).toEqual([
        'G2996UX',
        'AB123123',
      ]);
      const onNames = (prefix: string) =>
        allOf(stringIs(`${prefix}firstName`, 'Bob'), stringIs(`${prefix}lastName`, 'Larsen'), {
          type: 'Date',
          attribute: `${prefix}dateOfBirth`,
          condition: 'IS',
          maxValue: '1975-04-02',
          minValue: '1975-04-02',
        });
      expect(await attributeSearches()).toEqual([
        { query: {}, body: personSearchBody(anyOf(onNames('aliases.'), onNames(''))) },
      ]);
      expect(await bodiesOf(NDELIUS_SEARCH)).toEqual([
        { firstName: 'Bob', surname: 'Larsen', dateOfBirth: '1975-04-02', includeAliases: true },
      ]);
      expect(await context.stubs.requests(PEOPLE_SEARCH)).toEqual([]);
    });

    it('finds only prisoners in the consumer’s prisons, without asking probation', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get('/v1/persons', { ...LIMITED, query: { last_name: 'Larsen' } });
      expect(response.body.data.map((person: { hmppsId: string }) => person.hmppsId)).toEqual(['G2996UX']);
      const [search] = await attributeSearches();
      expect(search.body.queries[0]).toEqual(allOf(prisonIn('MDI')));
      expect(await context.stubs.requests(NDELIUS_SEARCH)).toEqual([]);
    });

    it('finds nobody for a consumer allowed no prisons: the prison matcher is X, probation is not asked', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get('/v1/persons', {
        ...as('no-prisons'),
        query: { last_name: 'Larsen' },
      });
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual([]);
      const [search] = await attributeSearches();
      expect(search.body.queries[0]).toEqual(allOf(prisonIn('X')));
      expect(await context.stubs.requests(NDELIUS_SEARCH)).toEqual([]);
    });

    describe('with use-probation-search-for-person-search', () => {
      const FLAG_ON = {
        headers: {
          ...as('feature-override-client').headers,
          'x-feature-override': 'use-probation-search-for-person-search=true',
        },
      };

      it('asks both searches for the page, the probation half from Probation Offender Search', async () => {
        await context.stubs.clearRequests();
        const response = await context.api.get('/v1/persons', {
          ...FLAG_ON,
          query: { last_name: 'Larsen', perPage: 2 },
        });
        expect(response.status).toBe(200);
        expect(response.body.data.map((person: { hmppsId: string }) => person.hmppsId)).toEqual([
          'H1234BB',
          'G2996UX',
        ]);
        expect(response.body.pagination).toMatchObject({ page: 1, perPage: 2, totalCount: 3 });
        const [prison] = await attributeSearches();
        expect(prison.query).toEqual({ page: '0', size: '2' });
        const people = await context.stubs.requests(PEOPLE_SEARCH);
        expect(people.map((request) => ({ query: request.query, body: request.body }))).toEqual([
          {
            query: { page: '0', size: '2' },
            body: {
              firstName: null,
              surname: 'Larsen',
              dateOfBirth: null,
              pncNumber: null,
              includeAliases: 'false',
            },
          },
        ]);
        expect(await context.stubs.requests(NDELIUS_SEARCH)).toEqual([]);
      });

      it('maps the probation matches as without the flag', async () => {
        const response = await context.api.get('/v1/persons', {
          ...FLAG_ON,
          query: { first_name: 'Sophie', last_name: 'Gill', search_within_aliases: true },
        });
        expect(response.body.data).toEqual([
          expect.objectContaining({ hmppsId: 'X654321', firstName: 'Sophie', lastName: 'Kaur' }),
        ]);
      });

      it('answers a 500 naming Probation Offender Search when it fails', async () => {
        await context.stubs.setFault({ prefix: PEOPLE_SEARCH, status: 500 });
        const response = await context.api.get('/v1/persons', { ...FLAG_ON, query: { last_name: 'Larsen' } });
        expect(response.status).toBe(500);
        expect(response.body.userMessage).toBe(
          `probation-offender-search answered 500 to POST ${PEOPLE_SEARCH}`,
        );
      });
    });

    it.each([[{ last_name: 'Larsen', page: '2' }], [{ last_name: 'Larsen', perPage: '101' }]])(
      'answers 400 for anything but the first page of at most 100: %j',
      async (query) => {
        await context.stubs.clearRequests();
        const response = await context.api.get('/v1/persons', { ...ALL, query });
        expect(response.status).toBe(400);
        expect(response.body.userMessage).toBe(
          'Only the first page will be returned. The page size is restricted to 100 records. If this is insufficient, then please narrow your search criteria.',
        );
        expect(await context.stubs.requests(NDELIUS_SEARCH)).toEqual([]);
      },
    );

    it('answers the prison matches alone when nDelius finds nobody (404)', async () => {
      await context.stubs.setFault({ prefix: NDELIUS_SEARCH, status: 404 });
      const response = await context.api.get('/v1/persons', { ...ALL, query: { last_name: 'Larsen' } });
      expect(response.status).toBe(200);
      expect(response.body.data.map((person: { hmppsId: string }) => person.hmppsId)).toEqual([
        'H1234BB',
        'G2996UX',
      ]);
    });

    it('answers a 500 naming Prisoner Search when it fails, rather than the probation matches alone', async () => {
      await context.stubs.setFault({ prefix: '/prisoner-offender-search/attribute-search', status: 500 });
      const response = await context.api.get('/v1/persons', { ...ALL, query: { last_name: 'Larsen' } });
      expect(response.status).toBe(500);
      expect(response.body.userMessage).toContain('prisoner-offender-search');
    });

    it.each([
      [{}, 'No query parameters specified.'],
      [{ date_of_birth: '1975-02-30' }, 'Invalid date format. Please use yyyy-MM-dd.'],
      [{ last_name: 'Larsen', page: '0' }, "Invalid value for 'page': must be a whole number of at least 1"],
      [
        { last_name: 'Larsen', search_within_aliases: 'maybe' },
        "Invalid value for 'search_within_aliases': must be true or false",
      ],
    ])('answers 400 for %j', async (query, message) => {
      const response = await context.api.get('/v1/persons', { ...ALL, query });
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        status: 400,
        errorCode: null,
        userMessage: message,
        developerMessage: `Validation failure: ${message}`,
        moreInfo: null,
      });
    });

    it("answers a 500 naming the upstream when nDelius' case search fails", async () => {
      await context.stubs.setFault({ prefix: '/ndelius/search/probation-cases', status: 500 });
      const response = await context.api.get('/v1/persons', { ...ALL, query: { last_name: 'Larsen' } });
      expect(response.status).toBe(500);
      expect(response.body.userMessage).toContain('ndelius');
      expect(response.body.developerMessage).toBe(
        'Unable to complete request as an upstream service is not responding',
      );
    });
  });

  describe('GET /v1/persons/{encodedHmppsId} (#2)', () => {
    it.each(['G2996UX', 'AB123123', '2004%2F13116M'])(
      'finds Robert Larsen in both systems by %s',
      async (id) => {
        const response = await context.api.get(`/v1/persons/${id}`, ALL);
        expect(response.status).toBe(200);
        const { prisonerOffenderSearch, probationOffenderSearch } = response.body.data;
        expect(prisonerOffenderSearch).toMatchObject({
          firstName: 'ROBERT',
          identifiers: { nomisNumber: 'G2996UX', croNumber: '51072/04R', deliusCrn: null },
          hmppsId: 'G2996UX',
          contactDetails: null,
          currentRestriction: null,
        });
        expect(Object.keys(probationOffenderSearch)[0]).toBe('underActiveSupervision');
        expect(probationOffenderSearch).toMatchObject({
          underActiveSupervision: true,
          hmppsId: 'AB123123',
          currentRestriction: null,
        });
      },
    );

    it('gives a probation-only person with no prison half', async () => {
      const response = await context.api.get('/v1/persons/X654321', ALL);
      expect(response.body.data.prisonerOffenderSearch).toBeNull();
      expect(response.body.data.probationOffenderSearch).toMatchObject({
        middleName: 'Anne Marie',
        hmppsId: 'X654321',
        currentRestriction: null,
        restrictionMessage: null,
      });
    });

    it('answers a person known only to prison with the prison half alone, as the reference does', async () => {
      const response = await context.api.get('/v1/persons/A1234AA', ALL);
      expect(response.status).toBe(200);
      expect(response.body.data.probationOffenderSearch).toBeNull();
      expect(response.body.data.prisonerOffenderSearch).toMatchObject({
        firstName: 'JOHN',
        lastName: 'MORGAN',
        hmppsId: 'A1234AA',
      });
    });

    it('does not find a person known only to prison with seed-person-requires-probation, as the seed era', async () => {
      const response = await context.api.get('/v1/persons/A1234AA', {
        headers: {
          ...as('feature-override-client').headers,
          'x-feature-override': 'seed-person-requires-probation=true',
        },
      });
      expect(response.status).toBe(404);
      expect(response.body.userMessage).toBe('Could not find person with id: A1234AA');
      expect(response.body.developerMessage).toBe(
        '404 Not found error: Could not find person with id: A1234AA',
      );
    });

    it('fails rather than hiding a prisoner search failure', async () => {
      await context.stubs.setFault({ prefix: '/prisoner-offender-search/prisoner/G2996UX', status: 503 });
      const response = await context.api.get('/v1/persons/AB123123', ALL);
      expect(response.status).toBe(500);
      expect(response.body.userMessage).toContain('prisoner-offender-search');
    });
  });

  describe('GET /v1/persons/{hmppsId}/name (#3)', () => {
    it.each([
      ['G2996UX', { firstName: 'Robert', lastName: 'Larsen' }],
      ['AB123123', { firstName: 'Robert', lastName: 'Larsen' }],
      ['A1234AA', { firstName: 'JOHN', lastName: 'MORGAN' }],
    ])('names %s', async (id, name) => {
      const response = await context.api.get(`/v1/persons/${id}/name`, ALL);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ data: name });
    });

    it('answers 400 for an id of no known form, including an encoded PNC', async () => {
      for (const id of ['G2996UXX', '2004%2F13116M', 'g2996ux']) {
        const response = await context.api.get(`/v1/persons/${id}/name`, ALL);
        expect(response.status).toBe(400);
        expect(response.body.userMessage).toMatch(/^Invalid HMPPS ID: /);
      }
    });

    it('does not find someone unknown to NOMIS', async () => {
      const response = await context.api.get('/v1/persons/X654321/name', ALL);
      expect(response.status).toBe(404);
      expect(response.body.userMessage).toBe('Could not find person with id: X654321');
    });

    it('treats a prisoner outside the consumer prisons as not found, and no prisons as none', async () => {
      expect((await context.api.get('/v1/persons/G2996UX/name', LIMITED)).status).toBe(200);
      expect((await context.api.get('/v1/persons/A1234AA/name', LIMITED)).status).toBe(404);
      expect((await context.api.get('/v1/persons/G2996UX/name', as('no-prisons'))).status).toBe(404);
    });
  });

  describe('GET /v1/persons/{hmppsId}/cell-location (#4)', () => {
    it('gives the cell of someone in prison', async () => {
      const response = await context.api.get('/v1/persons/AB123123/cell-location', ALL);
      expect(response.body).toEqual({
        data: { prisonCode: 'MDI', prisonName: 'Moorland (HMP & YOI)', cell: '1-1-004' },
      });
    });

    it('gives nulls for someone out of prison', async () => {
      const response = await context.api.get('/v1/persons/Y123456/cell-location', ALL);
      expect(response.body).toEqual({ data: { prisonCode: null, prisonName: null, cell: null } });
    });

    it('answers 404 without a NOMIS number or outside the consumer prisons', async () => {
      const unknown = await context.api.get('/v1/persons/X654321/cell-location', ALL);
      expect(unknown.status).toBe(404);
      expect(unknown.body.userMessage).toBe('Could not find cell location for id: X654321');
      expect((await context.api.get('/v1/persons/A1234AA/cell-location', LIMITED)).status).toBe(404);
    });
  });

  describe('GET /v1/persons/{encodedHmppsId}/images (#5)', () => {
    it('lists image metadata newest first, by PNC too', async () => {
      const response = await context.api.get('/v1/persons/2004%2F13116M/images', ALL);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        data: [
          {
            id: 2461788,
            active: true,
            captureDateTime: '2023-05-11T14:41:36',
            view: 'FACE',
            orientation: 'FRONT',
            type: 'OFF_BKG',
          },
          {
            id: 2461789,
            active: false,
            captureDateTime: '2019-07-22T10:14:03',
            view: 'FACE',
            orientation: 'FRONT',
            type: 'OFF_BKG',
          },
        ],
        pagination: { isLastPage: true, count: 2, page: 1, perPage: 10, totalCount: 2, totalPages: 1 },
      });
    });

    it('pages the images', async () => {
      const response = await context.api.get('/v1/persons/G2996UX/images', {
        ...ALL,
        query: { page: 2, perPage: 1 },
      });
      expect(response.body.data.map((image: { id: number }) => image.id)).toEqual([2461789]);
      expect(response.body.pagination).toEqual({
        isLastPage: true,
        count: 1,
        page: 2,
        perPage: 1,
        totalCount: 2,
        totalPages: 2,
      });
    });

    it('finds a prison-only person through prisoner search', async () => {
      const response = await context.api.get('/v1/persons/A1234AA/images', ALL);
      expect(response.body.data.map((image: { id: number }) => image.id)).toEqual([1413312]);
    });

    it('gives an empty list to someone without a NOMIS number and 404 to someone unknown', async () => {
      expect((await context.api.get('/v1/persons/X654321/images', ALL)).body.data).toEqual([]);
      const unknown = await context.api.get('/v1/persons/Z999999/images', ALL);
      expect(unknown.status).toBe(404);
      expect(unknown.body.userMessage).toBe('Could not find person with id: Z999999');
    });

    it('answers 400 for a bad perPage', async () => {
      expect(
        (await context.api.get('/v1/persons/G2996UX/images', { ...ALL, query: { perPage: 'ten' } })).status,
      ).toBe(400);
    });
  });

  describe('hmppsId lookups (#7, #8, #9)', () => {
    it.each(['nomis-number', 'by-nomis-number'])(
      'gives the CRN of a NOMIS number probation knows (/%s/)',
      async (route) => {
        const response = await context.api.get(`/v1/hmpps/id/${route}/G2996UX`, ALL);
        expect(response.body).toEqual({ data: { hmppsId: 'AB123123' } });
      },
    );

    it('gives the NOMIS number itself when probation does not know it', async () => {
      expect((await context.api.get('/v1/hmpps/id/by-nomis-number/A1234AA', ALL)).body).toEqual({
        data: { hmppsId: 'A1234AA' },
      });
    });

    it('answers 400 and 404 with the documented messages', async () => {
      const invalid = await context.api.get('/v1/hmpps/id/nomis-number/G2996UXX', ALL);
      expect(invalid.status).toBe(400);
      expect(invalid.body.userMessage).toBe('Invalid Nomis number: G2996UXX');
      const unknown = await context.api.get('/v1/hmpps/id/nomis-number/Z9999ZZ', ALL);
      expect(unknown.status).toBe(404);
      expect(unknown.body.userMessage).toBe('Could not find HMPPS ID for Nomis number: Z9999ZZ');
      expect((await context.api.get('/v1/hmpps/id/by-nomis-number/A1234AA', LIMITED)).status).toBe(404);
    });

    it('gives the NOMIS number of a CRN', async () => {
      const response = await context.api.get('/v1/hmpps/id/nomis-number/by-hmpps-id/AB123123', ALL);
      expect(response.body).toEqual({ data: { nomisNumber: 'G2996UX' } });
    });

    it('answers 404 for a CRN without a NOMIS number and 400 for a bad id', async () => {
      const unknown = await context.api.get('/v1/hmpps/id/nomis-number/by-hmpps-id/X654321', ALL);
      expect(unknown.status).toBe(404);
      expect(unknown.body.userMessage).toBe('Could not find nomis number for HMPPS ID: X654321');
      const invalid = await context.api.get('/v1/hmpps/id/nomis-number/by-hmpps-id/nonsense', ALL);
      expect(invalid.status).toBe(400);
      expect(invalid.body.userMessage).toBe('Invalid HMPPS ID: nonsense');
    });

    it('applies the prison filter to a CRN through its NOMIS number', async () => {
      expect((await context.api.get('/v1/hmpps/id/nomis-number/by-hmpps-id/AB123123', LIMITED)).status).toBe(
        200,
      );
      expect((await context.api.get('/v1/hmpps/id/nomis-number/by-hmpps-id/Y123456', LIMITED)).status).toBe(
        404,
      );
    });
  });
});
