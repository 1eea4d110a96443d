import { UpstreamMalformedResponseError, UpstreamStatusError, UpstreamTimeoutError } from '@libs/upstream';
import {
  gatewaySuite,
  isolatedGateway,
  rejectionOf,
  rejectionWithinBudget,
  SHORT_TIMEOUT_MS,
} from '../../../test/gateway-test-module';
import { UpstreamApi, UpstreamApiErrorType } from '../../common/upstream-api-error';
import { NDeliusGateway } from './ndelius.gateway';

/** Where the stubs serve nDelius; faults and recorded requests are keyed by it. */
const PREFIX = '/ndelius';
const SEARCH = `${PREFIX}/search/probation-cases`;
const UPSTREAM = 'ndelius';
const error = (type: UpstreamApiErrorType) => ({
  causedBy: UpstreamApi.NDELIUS,
  type,
  description: null,
});
const NOT_FOUND = error(UpstreamApiErrorType.ENTITY_NOT_FOUND);

/**
 * The people of fixtures/hmpps/probation-offender-search/offenders.json, which nDelius' stub searches too
 * (the stubs README's fixture people): Robert Larsen, on probation and in prison; Sophie Kaur, on probation only, with a restricted
 * (LAO) record and two addresses.
 */
const ROBERT = { crn: 'AB123123', nomisNumber: 'G2996UX', pnc: '2004/13116M' };
const SOPHIE = { crn: 'X654321', pnc: '2015/0581123A' };
const ROBERTS_ADDRESS = {
  number: '12',
  name: 'Kestrel House',
  street: 'Wharf Street',
  locality: 'Sheaf Valley',
  town: 'Sheffield',
  county: 'South Yorkshire',
  postcode: 'S2 5SY',
};

/** nDelius' probation case search and case addresses through the real gateway and HTTP client, against the stubs over HTTP. */
describe('NDeliusGateway (probation cases) against the stubs', () => {
  const suite = gatewaySuite(NDeliusGateway);

  const searchBodies = async () => (await suite.stubs.requests(SEARCH)).map((request) => request.body);

  describe('findOffender', () => {
    it('answers a person found by CRN with their names, ids, contact details and characteristics', async () => {
      const result = await suite.gateway.findOffender(ROBERT.crn);

      expect(result.errors).toEqual([]);
      expect(result.data).toMatchObject({
        crn: ROBERT.crn,
        nomisNumber: ROBERT.nomisNumber,
        underActiveSupervision: true,
      });
      expect(result.data?.person).toEqual({
        firstName: 'Robert',
        middleName: 'Albert',
        lastName: 'Larsen',
        dateOfBirth: '1975-04-02',
        gender: 'Male',
        ethnicity: 'White: Eng./Welsh/Scot./N.Irish/British',
        aliases: [
          {
            firstName: 'Bob',
            middleName: '',
            lastName: 'Larsen',
            dateOfBirth: '1975-04-02',
            gender: 'Male',
            ethnicity: null,
          },
        ],
        identifiers: { nomisNumber: ROBERT.nomisNumber, croNumber: '51072/04R', deliusCrn: ROBERT.crn },
        pncId: ROBERT.pnc,
        hmppsId: ROBERT.crn,
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
      expect(result.data?.characteristics).toEqual({
        age: 50,
        gender: 'Male',
        sexualOrientation: 'Heterosexual',
        ethnicity: 'White: Eng./Welsh/Scot./N.Irish/British',
        nationality: 'British',
        religion: 'Christian',
        disabilities: [
          {
            disabilityType: { code: 'RM', description: 'Reduced Mobility' },
            condition: { code: 'RM02', description: 'Walking Aid' },
            startDate: '2017-06-14',
            endDate: null,
            notes: 'Uses a walking stick',
          },
        ],
      });
      expect(await searchBodies()).toEqual([{ crn: ROBERT.crn }]);
    });

    it('searches by the field the id looks like: a NOMIS number, a PNC id, otherwise a CRN', async () => {
      const byNomis = await suite.gateway.findOffender(ROBERT.nomisNumber);
      const byPnc = await suite.gateway.findOffender(ROBERT.pnc);

      expect(byNomis.data?.crn).toBe(ROBERT.crn);
      expect(byPnc.data?.crn).toBe(ROBERT.crn);
      expect(await searchBodies()).toEqual([{ nomsNumber: ROBERT.nomisNumber }, { pncNumber: ROBERT.pnc }]);
    });

    it('answers a person with no NOMIS number under their CRN, with what nDelius says of the restriction', async () => {
      const result = await suite.gateway.findOffender(SOPHIE.crn);

      expect(result.data).toMatchObject({ crn: SOPHIE.crn, nomisNumber: null });
      expect(result.data?.person).toMatchObject({
        firstName: 'Sophie',
        middleName: 'Anne Marie',
        lastName: 'Kaur',
        hmppsId: SOPHIE.crn,
        identifiers: { nomisNumber: null, croNumber: null, deliusCrn: SOPHIE.crn },
        pncId: SOPHIE.pnc,
        aliases: [expect.objectContaining({ lastName: 'Gill', middleName: 'Anne' })],
        contactDetails: { phoneNumbers: [{ number: '07700 900982', type: 'MOBILE' }], emails: [] },
        currentRestriction: true,
        restrictionMessage: 'This is a restricted record. Please contact a system administrator',
      });
    });

    it.each([
      ['CRN', 'Z999999', { crn: 'Z999999' }],
      ['NOMIS number', 'A0000AA', { nomsNumber: 'A0000AA' }],
      ['PNC id', '2001/0000000Z', { pncNumber: '2001/0000000Z' }],
    ])('reports an unknown %s as ENTITY_NOT_FOUND from nDelius', async (_kind, id, expectedBody) => {
      expect(await suite.gateway.findOffender(id)).toEqual({ data: null, errors: [NOT_FOUND] });
      expect(await searchBodies()).toEqual([expectedBody]);
    });
  });

  describe('findOffenderByCrn', () => {
    it('finds a person by CRN', async () => {
      const result = await suite.gateway.findOffenderByCrn(ROBERT.crn);

      expect(result.data?.person).toMatchObject({ firstName: 'Robert', lastName: 'Larsen' });
      expect(await searchBodies()).toEqual([{ crn: ROBERT.crn }]);
    });

    it('reads any id as a CRN: a NOMIS number finds nobody', async () => {
      expect(await suite.gateway.findOffenderByCrn(ROBERT.nomisNumber)).toEqual({
        data: null,
        errors: [NOT_FOUND],
      });
      expect(await searchBodies()).toEqual([{ crn: ROBERT.nomisNumber }]);
    });
  });

  describe('searchProbationCases', () => {
    it('finds the people of a name, sending only the criteria given', async () => {
      const result = await suite.gateway.searchProbationCases({ surname: 'Larsen', includeAliases: false });

      expect(result.errors).toEqual([]);
      expect(result.data.map((offender) => [offender.crn, offender.person.firstName])).toEqual([
        [ROBERT.crn, 'Robert'],
      ]);
      expect(await searchBodies()).toEqual([{ surname: 'Larsen', includeAliases: false }]);
    });

    it('finds a person by an alias only when asked to search aliases', async () => {
      const byAlias = { firstName: 'Sophie', surname: 'Gill' };
      expect((await suite.gateway.searchProbationCases({ ...byAlias, includeAliases: false })).data).toEqual(
        [],
      );
      const withAliases = await suite.gateway.searchProbationCases({ ...byAlias, includeAliases: true });
      expect(withAliases.data.map((offender) => offender.crn)).toEqual([SOPHIE.crn]);
    });

    it('answers no match with an empty list and no error', async () => {
      expect(
        await suite.gateway.searchProbationCases({
          surname: 'Larsen',
          dateOfBirth: '1990-01-01',
          includeAliases: true,
        }),
      ).toEqual({ data: [], errors: [] });
    });

    it('finds a person by PNC id and date of birth together', async () => {
      const result = await suite.gateway.searchProbationCases({
        pncNumber: SOPHIE.pnc,
        dateOfBirth: '1990-01-01',
        includeAliases: false,
      });

      expect(result).toEqual({ data: [], errors: [] });
      const byPnc = await suite.gateway.searchProbationCases({
        pncNumber: SOPHIE.pnc,
        includeAliases: false,
      });
      expect(byPnc.data.map((offender) => offender.crn)).toEqual([SOPHIE.crn]);
      expect(await searchBodies()).toEqual([
        { pncNumber: SOPHIE.pnc, dateOfBirth: '1990-01-01', includeAliases: false },
        { pncNumber: SOPHIE.pnc, includeAliases: false },
      ]);
    });

    it('throws the 400 nDelius gives a search with no criteria: callers must not send one', async () => {
      const thrown = await rejectionOf(suite.gateway.searchProbationCases({ includeAliases: false }));

      expect(thrown).toBeInstanceOf(UpstreamStatusError);
      expect(thrown).toMatchObject({ upstream: UPSTREAM, status: 400 });
    });
  });

  describe('getAddresses', () => {
    it("answers a case's addresses as nDelius gives them", async () => {
      const result = await suite.gateway.getAddresses(ROBERT.crn);

      expect(result.errors).toEqual([]);
      expect(result.data).toEqual([
        {
          ...ROBERTS_ADDRESS,
          country: null,
          startDate: '2019-03-01',
          endDate: null,
          noFixedAddress: false,
          types: [{ code: 'A02', description: 'Approved Premises' }],
          notes: 'Lives with partner; approved premises referral declined.',
        },
      ]);
      expect((await suite.stubs.requests(PREFIX)).map((request) => [request.method, request.path])).toEqual([
        ['GET', `${PREFIX}/case/${ROBERT.crn}/addresses`],
      ]);
    });

    it('answers a former address without a type with no types', async () => {
      const result = await suite.gateway.getAddresses(SOPHIE.crn);

      expect(result.data).toEqual([
        expect.objectContaining({
          street: 'Canal Road',
          postcode: 'LS5 3AB',
          endDate: null,
          noFixedAddress: false,
          types: [{ code: 'A01A', description: 'Householder' }],
        }),
        // A former address without a type: no types rather than one with no code.
        expect.objectContaining({
          town: 'Bradford',
          postcode: null,
          startDate: '2022-02-14',
          endDate: '2024-09-30',
          noFixedAddress: true,
          types: [],
          notes: 'No fixed abode while in Bradford.',
        }),
      ]);
    });

    it('answers a case nDelius does not know (404) as no addresses and no error', async () => {
      expect(await suite.gateway.getAddresses('Z999999')).toEqual({ data: [], errors: [] });
    });
  });

  describe('when nDelius fails', () => {
    /** Each test its own clients, so failures here never open the breaker the other tests use. */
    const isolated = isolatedGateway(NDeliusGateway, suite);

    const ROBERTS_ADDRESSES = `${PREFIX}/case/${ROBERT.crn}/addresses`;
    const calls = [
      ['POST', SEARCH, (gateway: NDeliusGateway) => gateway.findOffender(ROBERT.crn)],
      ['GET', ROBERTS_ADDRESSES, (gateway: NDeliusGateway) => gateway.getAddresses(ROBERT.crn)],
    ] as const;

    it.each(calls)(
      'throws a 500 to %s %s as an UpstreamStatusError naming the upstream and the call',
      async (method, path, call) => {
        await suite.stubs.setFault({ prefix: path, status: 500, body: '{"status":500}' });

        const thrown = await rejectionOf(call(isolated.gateway));

        expect(thrown).toBeInstanceOf(UpstreamStatusError);
        expect(thrown).toMatchObject({
          upstream: UPSTREAM,
          status: 500,
          body: { status: 500 },
          message: `${UPSTREAM} answered 500 to ${method} ${path}`,
        });
      },
    );

    it.each(calls)('retries %s %s answered 503 (safe to resend) and answers', async (_method, path, call) => {
      await suite.stubs.setFault({ prefix: path, status: 503, times: 2 });

      const result = await call(isolated.gateway);

      expect(result.errors).toEqual([]);
      expect(result.data).not.toBeNull();
      expect(await suite.stubs.requests(path)).toHaveLength(3);
    });

    it('reports a search answered 404 as ENTITY_NOT_FOUND, and a list search as no people with that error', async () => {
      await suite.stubs.setFault({ prefix: SEARCH, status: 404 });

      expect(await isolated.gateway.findOffender(ROBERT.crn)).toEqual({ data: null, errors: [NOT_FOUND] });
      expect(
        await isolated.gateway.searchProbationCases({ surname: 'Larsen', includeAliases: false }),
      ).toEqual({
        data: [],
        errors: [NOT_FOUND],
      });
    });

    it('throws a 403 from the case search and the case addresses alike: neither asks for it as data', async () => {
      await suite.stubs.setFault({ prefix: SEARCH, status: 403 });
      await suite.stubs.setFault({ prefix: ROBERTS_ADDRESSES, status: 403 });

      const person = await rejectionOf(isolated.gateway.findOffender(ROBERT.crn));
      const address = await rejectionOf(isolated.gateway.getAddresses(ROBERT.crn));

      expect(person).toBeInstanceOf(UpstreamStatusError);
      expect(person).toMatchObject({ status: 403 });
      expect(address).toBeInstanceOf(UpstreamStatusError);
      expect(address).toMatchObject({ status: 403 });
    });

    it('fetches a new token and repeats the call once when the upstream refuses the token (401)', async () => {
      // With a token already cached, so the one fetched next is the refresh.
      await isolated.gateway.findOffender(ROBERT.crn);
      await suite.stubs.clearRequests();
      await suite.stubs.setFault({ prefix: SEARCH, status: 401, times: 1 });
      const tokensBefore = (await suite.stubs.tokenRequests()).total;

      const result = await isolated.gateway.findOffender(ROBERT.crn);

      expect(result.data?.crn).toBe(ROBERT.crn);
      expect(await searchBodies()).toHaveLength(2);
      expect((await suite.stubs.tokenRequests()).total).toBe(tokensBefore + 1);
    });

    it('throws an UpstreamMalformedResponseError for a broken JSON body', async () => {
      await suite.stubs.setFault({ prefix: SEARCH, malformed: true });

      const thrown = await rejectionOf(
        isolated.gateway.searchProbationCases({ surname: 'Larsen', includeAliases: false }),
      );

      expect(thrown).toBeInstanceOf(UpstreamMalformedResponseError);
      expect(thrown).toMatchObject({ upstream: UPSTREAM });
    });

    it('throws an UpstreamTimeoutError once the call outlasts its time budget', async () => {
      const { thrown, elapsedMs } = await rejectionWithinBudget(
        NDeliusGateway,
        suite.stubs,
        SEARCH,
        (gateway) => gateway.findOffender(ROBERT.crn),
      );

      expect(thrown).toBeInstanceOf(UpstreamTimeoutError);
      expect(thrown).toMatchObject({ upstream: UPSTREAM, timeoutMs: SHORT_TIMEOUT_MS });
      // Given up at the budget, not after the upstream's delay.
      expect(elapsedMs).toBeLessThan(5_000);
    });
  });
});
