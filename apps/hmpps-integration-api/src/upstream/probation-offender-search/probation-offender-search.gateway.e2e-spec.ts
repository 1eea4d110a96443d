import { UpstreamMalformedResponseError, UpstreamStatusError, UpstreamTimeoutError } from '@libs/upstream';
import {
  gatewayAgainstStubs,
  GatewayUnderTest,
  gatewaySuite,
  rejectionOf,
} from '../../../test/gateway-test-module';
import { UpstreamApi, UpstreamApiErrorType } from '../../common/upstream-api-error';
import { ProbationOffenderSearchGateway } from './probation-offender-search.gateway';

/** Where the stubs serve Probation Offender Search; faults and recorded requests are keyed by it. */
const PREFIX = '/probation-offender-search';
const UPSTREAM = 'probation-offender-search';
const error = (type: UpstreamApiErrorType) => ({
  causedBy: UpstreamApi.PROBATION_OFFENDER_SEARCH,
  type,
  description: null,
});
const NOT_FOUND = error(UpstreamApiErrorType.ENTITY_NOT_FOUND);

/**
 * The people of fixtures/hmpps/probation-offender-search/offenders.json (the stubs README's fixture
 * people): Robert Larsen, on probation and in prison; Sophie Kaur, on probation only, with a restricted
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

const NO_ADDRESS_CRITERIA = { buildingName: null, addressNumber: null, streetName: null, postcode: null };
const byPostcode = (postcode: string) => ({ ...NO_ADDRESS_CRITERIA, postcode });

/** Probation Offender Search through the real gateway and HTTP client, against the stubs over HTTP. */
describe('ProbationOffenderSearchGateway against the stubs', () => {
  const suite = gatewaySuite(ProbationOffenderSearchGateway);

  const searchBodies = async () =>
    (await suite.stubs.requests(`${PREFIX}/search`))
      .filter((request) => request.path === `${PREFIX}/search`)
      .map((request) => request.body);

  describe('findOffender', () => {
    it('answers a person found by CRN with their names, ids, contact details, addresses and characteristics', async () => {
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
      expect(result.data?.addresses).toEqual([
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

    it('answers a person with no NOMIS number under their CRN, with what probation says of the restriction', async () => {
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
      expect(result.data?.addresses).toEqual([
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

    it.each([
      ['CRN', 'Z999999', { crn: 'Z999999' }],
      ['NOMIS number', 'A0000AA', { nomsNumber: 'A0000AA' }],
      ['PNC id', '2001/0000000Z', { pncNumber: '2001/0000000Z' }],
    ])('reports an unknown %s as ENTITY_NOT_FOUND from probation search', async (_kind, id, expectedBody) => {
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

  describe('searchOffenders', () => {
    it('finds the people of a name, sending every criterion (null when not given)', async () => {
      const result = await suite.gateway.searchOffenders({ surname: 'Larsen', includeAliases: false });

      expect(result.errors).toEqual([]);
      expect(result.data.map((offender) => [offender.crn, offender.person.firstName])).toEqual([
        [ROBERT.crn, 'Robert'],
      ]);
      expect(await searchBodies()).toEqual([
        { firstName: null, surname: 'Larsen', pncNumber: null, dateOfBirth: null, includeAliases: false },
      ]);
    });

    it('finds a person by an alias only when asked to search aliases', async () => {
      const byAlias = { firstName: 'Sophie', surname: 'Gill' };
      expect((await suite.gateway.searchOffenders({ ...byAlias, includeAliases: false })).data).toEqual([]);
      const withAliases = await suite.gateway.searchOffenders({ ...byAlias, includeAliases: true });
      expect(withAliases.data.map((offender) => offender.crn)).toEqual([SOPHIE.crn]);
    });

    it('answers no match with an empty list and no error', async () => {
      expect(
        await suite.gateway.searchOffenders({
          surname: 'Larsen',
          dateOfBirth: '1990-01-01',
          includeAliases: true,
        }),
      ).toEqual({ data: [], errors: [] });
    });

    it('throws the 400 probation search gives a search with no criteria: callers must not send one', async () => {
      const thrown = await rejectionOf(suite.gateway.searchOffenders({ includeAliases: false }));

      expect(thrown).toBeInstanceOf(UpstreamStatusError);
      expect(thrown).toMatchObject({ upstream: UPSTREAM, status: 400 });
    });
  });

  describe('searchAddresses', () => {
    it('finds the people at a matching address, every criterion sent (blank when not given)', async () => {
      const result = await suite.gateway.searchAddresses(byPostcode(ROBERTS_ADDRESS.postcode), 10);

      expect(result).toEqual({
        data: [
          {
            hmppsId: ROBERT.crn,
            address: {
              buildingName: ROBERTS_ADDRESS.name,
              addressNumber: ROBERTS_ADDRESS.number,
              streetName: ROBERTS_ADDRESS.street,
              district: ROBERTS_ADDRESS.locality,
              town: ROBERTS_ADDRESS.town,
              county: ROBERTS_ADDRESS.county,
              postcode: ROBERTS_ADDRESS.postcode,
              startDate: '2019-03-01',
              endDate: null,
              status: { code: 'M', description: 'Main' },
              type: { code: 'A02', description: 'Approved Premises' },
              noFixedAbode: false,
            },
            matchScore: 25,
          },
        ],
        errors: [],
      });
      const [search] = await suite.stubs.requests(`${PREFIX}/search/addresses`);
      expect(search.body).toEqual({
        buildingName: '',
        addressNumber: '',
        streetName: '',
        postcode: ROBERTS_ADDRESS.postcode,
      });
      expect(search.query).toEqual({ maxResults: '10' });
    });

    it('answers at most maxResults matches', async () => {
      // The partial postcode "S" is in both Robert's (S2 5SY) and Sophie's (LS5 3AB) postcodes.
      const all = await suite.gateway.searchAddresses(byPostcode('S'), 10);
      const one = await suite.gateway.searchAddresses(byPostcode('S'), 1);

      expect(all.data?.map((match) => match.hmppsId)).toEqual([ROBERT.crn, SOPHIE.crn]);
      expect(one.data?.map((match) => match.hmppsId)).toEqual([ROBERT.crn]);
    });

    it('answers no match with an empty list and no error', async () => {
      expect(await suite.gateway.searchAddresses(byPostcode('ZZ9 9ZZ'), 10)).toEqual({
        data: [],
        errors: [],
      });
    });

    it('reports a search probation refuses (no criteria) as BAD_REQUEST, not a failure', async () => {
      expect(await suite.gateway.searchAddresses(NO_ADDRESS_CRITERIA, 10)).toEqual({
        data: null,
        errors: [error(UpstreamApiErrorType.BAD_REQUEST)],
      });
    });
  });

  describe('when probation search fails', () => {
    /** Each test its own clients, so failures here never open the breaker the other tests use. */
    let isolated: GatewayUnderTest<ProbationOffenderSearchGateway>;

    beforeEach(async () => {
      isolated = await gatewayAgainstStubs(ProbationOffenderSearchGateway, suite.stubs);
    });

    afterEach(async () => {
      await isolated?.close();
    });

    it('throws a 500 as an UpstreamStatusError naming the upstream and the call', async () => {
      await suite.stubs.setFault({ prefix: `${PREFIX}/search`, status: 500, body: '{"status":500}' });

      const thrown = await rejectionOf(isolated.gateway.findOffender(ROBERT.crn));

      expect(thrown).toBeInstanceOf(UpstreamStatusError);
      expect(thrown).toMatchObject({
        upstream: UPSTREAM,
        status: 500,
        body: { status: 500 },
        message: `${UPSTREAM} answered 500 to POST ${PREFIX}/search`,
      });
    });

    it('retries a search answered 503 (a search is safe to resend) and answers the person', async () => {
      await suite.stubs.setFault({ prefix: `${PREFIX}/search`, status: 503, times: 2 });

      const result = await isolated.gateway.findOffender(ROBERT.crn);

      expect(result.data?.person.hmppsId).toBe(ROBERT.crn);
      expect(await searchBodies()).toHaveLength(3);
    });

    it('reports a search answered 404 as ENTITY_NOT_FOUND, and a list search as no people with that error', async () => {
      await suite.stubs.setFault({ prefix: `${PREFIX}/search`, status: 404 });

      expect(await isolated.gateway.findOffender(ROBERT.crn)).toEqual({ data: null, errors: [NOT_FOUND] });
      expect(await isolated.gateway.searchOffenders({ surname: 'Larsen', includeAliases: false })).toEqual({
        data: [],
        errors: [NOT_FOUND],
      });
    });

    it('throws a 403 from the person and the address search alike: neither asks for it as data', async () => {
      // The prefix covers /search/addresses too.
      await suite.stubs.setFault({ prefix: `${PREFIX}/search`, status: 403 });

      const person = await rejectionOf(isolated.gateway.findOffender(ROBERT.crn));
      const address = await rejectionOf(
        isolated.gateway.searchAddresses(byPostcode(ROBERTS_ADDRESS.postcode), 10),
      );

      expect(person).toBeInstanceOf(UpstreamStatusError);
      expect(person).toMatchObject({ status: 403 });
      expect(address).toBeInstanceOf(UpstreamStatusError);
      expect(address).toMatchObject({ status: 403 });
    });

    it('fetches a new token and repeats the call once when the upstream refuses the token (401)', async () => {
      // With a token already cached, so the one fetched next is the refresh.
      await isolated.gateway.findOffender(ROBERT.crn);
      await suite.stubs.clearRequests();
      await suite.stubs.setFault({ prefix: `${PREFIX}/search`, status: 401, times: 1 });
      const tokensBefore = (await suite.stubs.tokenRequests()).total;

      const result = await isolated.gateway.findOffender(ROBERT.crn);

      expect(result.data?.crn).toBe(ROBERT.crn);
      expect(await searchBodies()).toHaveLength(2);
      expect((await suite.stubs.tokenRequests()).total).toBe(tokensBefore + 1);
    });

    it('throws an UpstreamMalformedResponseError for a broken JSON body', async () => {
      await suite.stubs.setFault({ prefix: `${PREFIX}/search`, malformed: true });

      const thrown = await rejectionOf(
        isolated.gateway.searchOffenders({ surname: 'Larsen', includeAliases: false }),
      );

      expect(thrown).toBeInstanceOf(UpstreamMalformedResponseError);
      expect(thrown).toMatchObject({ upstream: UPSTREAM });
    });

    it('throws an UpstreamTimeoutError once the call outlasts its time budget', async () => {
      const timeoutMs = 500;
      const slow = await gatewayAgainstStubs(ProbationOffenderSearchGateway, suite.stubs, {
        UPSTREAM_TIMEOUT_MS: String(timeoutMs),
      });
      try {
        await suite.stubs.setFault({ prefix: `${PREFIX}/search`, latencyMs: 10_000 });
        const started = Date.now();

        const thrown = await rejectionOf(slow.gateway.findOffender(ROBERT.crn));

        expect(thrown).toBeInstanceOf(UpstreamTimeoutError);
        expect(thrown).toMatchObject({ upstream: UPSTREAM, timeoutMs });
        // Given up at the budget, not after the upstream's delay.
        expect(Date.now() - started).toBeLessThan(5_000);
      } finally {
        await slow.close();
      }
    });
  });
});
