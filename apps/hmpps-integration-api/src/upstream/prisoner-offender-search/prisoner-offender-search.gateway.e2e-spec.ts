import {
  UpstreamCircuitOpenError,
  UpstreamConnectionError,
  UpstreamMalformedResponseError,
  UpstreamStatusError,
  UpstreamTimeoutError,
} from '@libs/upstream';
import {
  gatewaySuite,
  isolatedGateway,
  rejectionOf,
  rejectionWithinBudget,
  SHORT_TIMEOUT_MS,
} from '../../../test/gateway-test-module';
import { allOf, anyOf, personSearchBody, prisonIn, stringIs } from '../../../test/attribute-search-queries';
import { UpstreamApi, UpstreamApiErrorType } from '../../common/upstream-api-error';
import { PrisonerOffenderSearchGateway } from './prisoner-offender-search.gateway';

/** Where the stubs serve Prisoner Offender Search; faults and recorded requests are keyed by it. */
const PREFIX = '/prisoner-offender-search';
const UPSTREAM = 'prisoner-offender-search';
const NOT_FOUND = {
  causedBy: UpstreamApi.PRISONER_OFFENDER_SEARCH,
  type: UpstreamApiErrorType.ENTITY_NOT_FOUND,
  description: null,
};

/**
 * The people of fixtures/hmpps/prisoner-offender-search/prisoners.json (the stubs README's fixture
 * people): Robert Larsen in Moorland cell 1-1-004, whose MERGED identifier is A9999AA; Emma Larsen in Leeds.
 */
const ROBERT = 'G2996UX';
const EMMA = 'H1234BB';
const MERGED_INTO_ROBERT = 'A9999AA';
const UNKNOWN = 'A0000AA';

/** Prisoner Offender Search through the real gateway and HTTP client, against the stubs over HTTP. */
describe('PrisonerOffenderSearchGateway against the stubs', () => {
  const suite = gatewaySuite(PrisonerOffenderSearchGateway);

  describe('getPrisoner', () => {
    it('answers a known prisoner with where they are held and each view of them', async () => {
      const result = await suite.gateway.getPrisoner(ROBERT);

      expect(result.errors).toEqual([]);
      expect(result.data).toMatchObject({
        nomisNumber: ROBERT,
        inOutStatus: 'IN',
        bookingId: '1203745',
        maritalStatus: 'Married or in civil partnership',
        smoker: 'V',
      });
      const robert = {
        firstName: 'ROBERT',
        middleName: 'ALBERT',
        lastName: 'LARSEN',
        dateOfBirth: '1975-04-02',
        gender: 'Male',
        ethnicity: 'White: Eng./Welsh/Scot./N.Irish/British',
        aliases: [
          {
            firstName: 'BOB',
            middleName: null,
            lastName: 'LARSEN',
            dateOfBirth: '1975-04-02',
            gender: 'Male',
            ethnicity: 'White: Eng./Welsh/Scot./N.Irish/British',
          },
        ],
        // Prisoner search knows no CRN: the person endpoints fill it in from probation.
        identifiers: { nomisNumber: ROBERT, croNumber: '51072/04R', deliusCrn: null },
        pncId: '04/13116M',
      };
      expect(result.data?.person).toEqual({
        ...robert,
        hmppsId: ROBERT,
        contactDetails: null,
        currentRestriction: null,
        restrictionMessage: null,
        currentExclusion: null,
        exclusionMessage: null,
      });
      expect(result.data?.inPrison).toEqual({
        ...robert,
        category: 'C',
        csra: 'Standard',
        receptionDate: '2023-05-11',
        status: 'ACTIVE IN',
        prisonId: 'MDI',
        prisonName: 'Moorland (HMP & YOI)',
        cellLocation: '1-1-004',
        youthOffender: false,
      });
      expect(result.data?.careNeeds).toEqual([
        expect.objectContaining({ problemDescription: 'Uses a walking stick', endDate: null }),
      ]);
      expect(result.data?.languages?.map((language) => [language.type, language.code])).toEqual([
        ['PRIM', 'ENG'],
        ['SEC', 'WEL'],
      ]);
      expect(result.data?.physicalCharacteristics).toMatchObject({
        heightCentimetres: 182,
        weightKilograms: 84,
        shoeSize: 9,
        tattoos: [{ bodyPart: 'Arm', comment: 'Anchor, left forearm' }],
      });
    });

    it('asks for the prisoner by number with the client token', async () => {
      await suite.gateway.getPrisoner(ROBERT);

      const requests = await suite.stubs.requests(PREFIX);
      expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
        `GET ${PREFIX}/prisoner/${ROBERT}`,
      ]);
      expect(requests[0].headers.authorization).toBe('Bearer ***');
    });

    it('answers nulls, not empty strings, for the numbers a prisoner does not have', async () => {
      const result = await suite.gateway.getPrisoner(EMMA);

      expect(result.data?.person).toMatchObject({
        firstName: 'EMMA',
        lastName: 'LARSEN',
        identifiers: { nomisNumber: EMMA, croNumber: null, deliusCrn: null },
        pncId: null,
      });
      expect(result.data?.inPrison).toMatchObject({ prisonId: 'LEI', cellLocation: 'C-2-031' });
      // Emma's record has no body marks, care needs or languages: unknown, not "none".
      expect(result.data?.careNeeds).toBeNull();
      expect(result.data?.physicalCharacteristics.tattoos).toBeNull();
    });

    it('reports an unknown prisoner as ENTITY_NOT_FOUND from prisoner search', async () => {
      expect(await suite.gateway.getPrisoner(UNKNOWN)).toEqual({ data: null, errors: [NOT_FOUND] });
    });

    it('reports a merged-away number as not found: prisoner search only knows the surviving one', async () => {
      expect(await suite.gateway.getPrisoner(MERGED_INTO_ROBERT)).toEqual({
        data: null,
        errors: [NOT_FOUND],
      });
    });

    it('keeps an id from changing the upstream path', async () => {
      expect(await suite.gateway.getPrisoner(`../prisoner/${ROBERT}`)).toEqual({
        data: null,
        errors: [NOT_FOUND],
      });
      const [request] = await suite.stubs.requests(PREFIX);
      expect(request.path).toBe(`${PREFIX}/prisoner/..%2Fprisoner%2F${ROBERT}`);
    });
  });

  describe('findMergedInto', () => {
    it('names the prisoner a merged number now belongs to, found by attribute search', async () => {
      expect(await suite.gateway.findMergedInto(MERGED_INTO_ROBERT)).toBe(ROBERT);

      const [search] = await suite.stubs.requests(`${PREFIX}/attribute-search`);
      expect(search.method).toBe('POST');
      expect(search.body).toEqual({
        joinType: 'AND',
        queries: [
          {
            joinType: 'AND',
            matchers: [
              { type: 'String', attribute: 'identifiers.type', condition: 'IS', searchTerm: 'MERGED' },
              {
                type: 'String',
                attribute: 'identifiers.value',
                condition: 'IS',
                searchTerm: MERGED_INTO_ROBERT,
              },
            ],
            subQueries: [],
          },
        ],
        pagination: { page: 0, size: 10 },
      });
    });

    it('is null for a number nobody was merged from, and for the surviving number itself', async () => {
      expect(await suite.gateway.findMergedInto(UNKNOWN)).toBeNull();
      expect(await suite.gateway.findMergedInto(ROBERT)).toBeNull();
    });

    it('is null when the MERGED type and the value match different identifiers of one prisoner', async () => {
      // Robert has a MERGED identifier and a CRO identifier of this value: the search matches each
      // attribute on any identifier, so only the gateway's own check tells this is no merge.
      expect(await suite.gateway.findMergedInto('51072/04R')).toBeNull();
      expect(await suite.stubs.requests(`${PREFIX}/attribute-search`)).toHaveLength(1);
    });
  });

  describe('prisonersInCell', () => {
    it('names the prisoners in an occupied cell, searched by prison and cell path', async () => {
      expect(await suite.gateway.prisonersInCell('MDI', '1-1-004')).toEqual({ data: [ROBERT], errors: [] });

      const [search] = await suite.stubs.requests(`${PREFIX}/attribute-search`);
      expect(search.body).toMatchObject({
        joinType: 'AND',
        queries: [
          {
            joinType: 'AND',
            matchers: [
              { type: 'String', attribute: 'prisonId', condition: 'IS', searchTerm: 'MDI' },
              { type: 'String', attribute: 'cellLocation', condition: 'IS', searchTerm: '1-1-004' },
            ],
          },
        ],
      });
    });

    it('answers an empty cell, and the same cell path in another prison, with nobody', async () => {
      expect(await suite.gateway.prisonersInCell('MDI', '1-1-001')).toEqual({ data: [], errors: [] });
      expect(await suite.gateway.prisonersInCell('LEI', '1-1-004')).toEqual({ data: [], errors: [] });
    });
  });

  describe('searchPersons', () => {
    const LARSEN = { lastName: 'Larsen', includeAliases: false, prisons: null };
    const attributeSearches = () => suite.stubs.requests(`${PREFIX}/attribute-search`);

    it("sends HEAD's attribute search for the criteria given, paged in the body, and answers the prisoners", async () => {
      const result = await suite.gateway.searchPersons(LARSEN);

      expect(result.errors).toEqual([]);
      expect(result.data.map((prisoner) => [prisoner.nomisNumber, prisoner.person.lastName])).toEqual([
        [ROBERT, 'LARSEN'],
        [EMMA, 'LARSEN'],
      ]);
      const [search] = await attributeSearches();
      expect(search.query).toEqual({});
      expect(search.body).toEqual(personSearchBody(anyOf(allOf(stringIs('lastName', 'Larsen')))));
    });

    it('asks for the page given as ?page=&size=', async () => {
      const result = await suite.gateway.searchPersons(LARSEN, { page: 0, size: 1 });

      expect(result.data.map((prisoner) => prisoner.nomisNumber)).toEqual([ROBERT]);
      const [search] = await attributeSearches();
      expect(search.query).toEqual({ page: '0', size: '1' });
    });

    it("matches the PNC and the consumer's prisons, X for none", async () => {
      const byPnc = await suite.gateway.searchPersons({
        pncNumber: '2004/13116M',
        includeAliases: false,
        prisons: ['LEI', 'MDI'],
      });
      const inNoPrison = await suite.gateway.searchPersons({ ...LARSEN, prisons: [] });

      expect(byPnc.data.map((prisoner) => prisoner.nomisNumber)).toEqual([ROBERT]);
      expect(inNoPrison).toEqual({ data: [], errors: [] });
      const [pncSearch, noPrisonSearch] = await attributeSearches();
      expect((pncSearch.body as { queries: unknown }).queries).toEqual([
        allOf({ type: 'PNC', pncNumber: '2004/13116M' }),
        allOf(prisonIn('LEI,MDI')),
      ]);
      expect((noPrisonSearch.body as { queries: unknown[] }).queries[0]).toEqual(allOf(prisonIn('X')));
    });

    it('finds a prisoner by an alias, with its date of birth, only when asked to search aliases', async () => {
      const byAlias = { firstName: 'Emma', lastName: 'Nielsen', dateOfBirth: '1990-06-15', prisons: null };

      expect((await suite.gateway.searchPersons({ ...byAlias, includeAliases: false })).data).toEqual([]);
      const withAliases = await suite.gateway.searchPersons({ ...byAlias, includeAliases: true });
      expect(withAliases.data.map((prisoner) => prisoner.nomisNumber)).toEqual([EMMA]);
    });
  });

  describe('globalSearch', () => {
    it('finds everyone of a name wherever held, sending only the criteria given', async () => {
      const result = await suite.gateway.globalSearch({ lastName: 'Larsen', includeAliases: false });

      expect(result.errors).toEqual([]);
      expect(result.data.map((prisoner) => [prisoner.nomisNumber, prisoner.inPrison.prisonId])).toEqual([
        [ROBERT, 'MDI'],
        [EMMA, 'LEI'],
      ]);
      expect(result.data[0].person.firstName).toBe('ROBERT');
      const [search] = await suite.stubs.requests(`${PREFIX}/global-search`);
      expect(search.body).toEqual({ lastName: 'Larsen', includeAliases: false });
      // Every match on one page: the API sorts and pages the results itself.
      expect(search.query).toEqual({ size: '9999' });
    });

    it('finds a prisoner by an alias only when asked to search aliases', async () => {
      const byName = { firstName: 'Emma', lastName: 'Nielsen' };
      expect((await suite.gateway.globalSearch({ ...byName, includeAliases: false })).data).toEqual([]);
      const withAliases = await suite.gateway.globalSearch({ ...byName, includeAliases: true });
      expect(withAliases.data.map((prisoner) => prisoner.person.lastName)).toEqual(['LARSEN']);
    });

    it('answers no match with an empty list and no error', async () => {
      expect(
        await suite.gateway.globalSearch({
          lastName: 'Nobody',
          dateOfBirth: '1975-04-02',
          includeAliases: true,
        }),
      ).toEqual({ data: [], errors: [] });
    });
  });

  describe('searchInPrisons', () => {
    it("finds only the matching prisoners held in the consumer's prisons", async () => {
      const result = await suite.gateway.searchInPrisons({ lastName: 'Larsen', includeAliases: false }, [
        'LEI',
      ]);

      expect(result).toEqual({ data: [expect.objectContaining({ nomisNumber: EMMA })], errors: [] });
      const [search] = await suite.stubs.requests(`${PREFIX}/prisoner-detail`);
      expect(search.body).toEqual({
        firstName: null,
        lastName: 'Larsen',
        dateOfBirth: null,
        includeAliases: false,
        prisonIds: ['LEI'],
        pagination: { page: 0, size: 9999 },
      });
    });

    it('answers nobody when the matches are held elsewhere', async () => {
      expect(
        await suite.gateway.searchInPrisons({ firstName: 'Robert', includeAliases: false }, ['LEI', 'WWI']),
      ).toEqual({ data: [], errors: [] });
    });
  });

  describe('when prisoner search fails', () => {
    /** Each test its own clients, so failures here never open the breaker the other tests use. */
    const isolated = isolatedGateway(PrisonerOffenderSearchGateway, suite);

    it('throws a 500 as an UpstreamStatusError naming the upstream and the call, without retrying', async () => {
      await suite.stubs.setFault({ prefix: `${PREFIX}/prisoner/`, status: 500, body: '{"status":500}' });

      const error = await rejectionOf(isolated.gateway.getPrisoner(ROBERT));

      expect(error).toBeInstanceOf(UpstreamStatusError);
      expect(error).toMatchObject({
        upstream: UPSTREAM,
        status: 500,
        body: { status: 500 },
        message: `${UPSTREAM} answered 500 to GET ${PREFIX}/prisoner/${ROBERT}`,
      });
      expect(await suite.stubs.requests(PREFIX)).toHaveLength(1);
    });

    it('retries a search the upstream answered 503 and answers as if nothing had happened', async () => {
      await suite.stubs.setFault({ prefix: `${PREFIX}/global-search`, status: 503, times: 1 });

      const result = await isolated.gateway.globalSearch({ lastName: 'Larsen', includeAliases: false });

      expect(result.data.map((prisoner) => prisoner.nomisNumber)).toEqual([ROBERT, EMMA]);
      expect(await suite.stubs.requests(`${PREFIX}/global-search`)).toHaveLength(2);
    });

    it('throws a lasting 503 after the retries, and does not report it as a search with no results', async () => {
      await suite.stubs.setFault({ prefix: `${PREFIX}/prisoner-detail`, status: 503 });

      const error = await rejectionOf(
        isolated.gateway.searchInPrisons({ lastName: 'Larsen', includeAliases: false }, ['MDI']),
      );

      expect(error).toBeInstanceOf(UpstreamStatusError);
      expect(error).toMatchObject({ upstream: UPSTREAM, status: 503 });
      // One attempt and the two retries the app is configured with (UPSTREAM_RETRIES defaults to 2).
      expect(await suite.stubs.requests(`${PREFIX}/prisoner-detail`)).toHaveLength(3);
    });

    it('throws a refusal (403) rather than reporting it: prisoner search reads never ask for it as data', async () => {
      await suite.stubs.setFault({ prefix: `${PREFIX}/prisoner/`, status: 403 });

      const error = await rejectionOf(isolated.gateway.getPrisoner(ROBERT));

      expect(error).toBeInstanceOf(UpstreamStatusError);
      expect(error).toMatchObject({ upstream: UPSTREAM, status: 403 });
    });

    it('reports a search answered 404 as ENTITY_NOT_FOUND with no prisoners', async () => {
      await suite.stubs.setFault({ prefix: `${PREFIX}/global-search`, status: 404 });
      await suite.stubs.setFault({ prefix: `${PREFIX}/attribute-search`, status: 404 });

      expect(await isolated.gateway.globalSearch({ lastName: 'Larsen', includeAliases: false })).toEqual({
        data: [],
        errors: [NOT_FOUND],
      });
      expect(await isolated.gateway.prisonersInCell('MDI', '1-1-004')).toEqual({
        data: null,
        errors: [NOT_FOUND],
      });
      // A merge lookup has no error to hand on: a failed lookup is no merge.
      expect(await isolated.gateway.findMergedInto(MERGED_INTO_ROBERT)).toBeNull();
    });

    it('throws when the merge lookup fails, rather than answering that nobody was merged', async () => {
      await suite.stubs.setFault({ prefix: `${PREFIX}/attribute-search`, status: 500 });

      const error = await rejectionOf(isolated.gateway.findMergedInto(MERGED_INTO_ROBERT));

      expect(error).toBeInstanceOf(UpstreamStatusError);
      expect(error).toMatchObject({ upstream: UPSTREAM, status: 500 });
    });

    it('throws an UpstreamMalformedResponseError for a broken JSON body', async () => {
      await suite.stubs.setFault({ prefix: `${PREFIX}/prisoner/`, malformed: true });

      const error = await rejectionOf(isolated.gateway.getPrisoner(ROBERT));

      expect(error).toBeInstanceOf(UpstreamMalformedResponseError);
      expect(error).toMatchObject({ upstream: UPSTREAM });
    });

    it('throws an UpstreamConnectionError when every attempt has its connection reset', async () => {
      await suite.stubs.setFault({ prefix: `${PREFIX}/prisoner/`, reset: true });

      const error = await rejectionOf(isolated.gateway.getPrisoner(ROBERT));

      expect(error).toBeInstanceOf(UpstreamConnectionError);
      expect(error).toMatchObject({ upstream: UPSTREAM });
      expect(await suite.stubs.requests(PREFIX)).toHaveLength(3);
    });

    it('throws an UpstreamTimeoutError once the call outlasts its time budget', async () => {
      const { thrown, elapsedMs } = await rejectionWithinBudget(
        PrisonerOffenderSearchGateway,
        suite.stubs,
        `${PREFIX}/prisoner/`,
        (gateway) => gateway.getPrisoner(ROBERT),
      );

      expect(thrown).toBeInstanceOf(UpstreamTimeoutError);
      expect(thrown).toMatchObject({ upstream: UPSTREAM, timeoutMs: SHORT_TIMEOUT_MS });
      // Given up at the budget, not after the upstream's delay.
      expect(elapsedMs).toBeLessThan(5_000);
    });

    it('stops calling after repeated failures: the open breaker refuses without reaching the upstream', async () => {
      await suite.stubs.setFault({ prefix: `${PREFIX}/prisoner/`, status: 500 });
      for (let call = 0; call < 5; call++) {
        expect(await rejectionOf(isolated.gateway.getPrisoner(ROBERT))).toBeInstanceOf(UpstreamStatusError);
      }
      await suite.stubs.resetFaults();
      await suite.stubs.clearRequests();

      const refused = await rejectionOf(isolated.gateway.getPrisoner(ROBERT));

      expect(refused).toBeInstanceOf(UpstreamCircuitOpenError);
      expect(refused).toMatchObject({ upstream: UPSTREAM });
      expect(await suite.stubs.requests(PREFIX)).toEqual([]);
    });
  });
});
