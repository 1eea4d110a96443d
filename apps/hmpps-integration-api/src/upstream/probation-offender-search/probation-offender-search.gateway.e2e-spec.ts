import { UpstreamStatusError, UpstreamTimeoutError } from '@libs/upstream';
import {
  gatewayAgainstStubs,
  gatewaySuite,
  isolatedGateway,
  rejectionOf,
  rejectionWithinBudget,
  SHORT_TIMEOUT_MS,
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
 * people): Robert Larsen, at one address; Sophie Kaur, at two.
 */
const ROBERT = { crn: 'AB123123' };
const SOPHIE = { crn: 'X654321' };
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

  describe('searchPeople', () => {
    const PEOPLE = `${PREFIX}/search/people`;

    it('sends every criterion (null when not given) and the page, and answers the people', async () => {
      const result = await suite.gateway.searchPeople(
        { surname: 'Larsen', includeAliases: false },
        { page: 0, size: 10 },
      );

      expect(result.errors).toEqual([]);
      expect(result.data.map((offender) => [offender.crn, offender.person.firstName])).toEqual([
        [ROBERT.crn, 'Robert'],
      ]);
      expect(result.data[0].person).toMatchObject({ hmppsId: ROBERT.crn, pncId: '2004/13116M' });
      const [search] = await suite.stubs.requests(PEOPLE);
      expect(search.query).toEqual({ page: '0', size: '10' });
      expect(search.body).toEqual({
        firstName: null,
        surname: 'Larsen',
        dateOfBirth: null,
        pncNumber: null,
        includeAliases: 'false',
      });
    });

    it('finds a person by an alias when asked, and answers only the page asked for', async () => {
      const byAlias = await suite.gateway.searchPeople(
        { firstName: 'Sophie', surname: 'Gill', includeAliases: true },
        { page: 0, size: 10 },
      );
      const secondPage = await suite.gateway.searchPeople(
        { surname: 'Larsen', includeAliases: false },
        { page: 1, size: 10 },
      );

      expect(byAlias.data.map((offender) => offender.crn)).toEqual([SOPHIE.crn]);
      expect(secondPage).toEqual({ data: [], errors: [] });
    });

    it('throws the 400 of a search with no criteria: callers must not send one', async () => {
      const thrown = await rejectionOf(
        suite.gateway.searchPeople({ includeAliases: false }, { page: 0, size: 10 }),
      );

      expect(thrown).toBeInstanceOf(UpstreamStatusError);
      expect(thrown).toMatchObject({ upstream: UPSTREAM, status: 400 });
    });

    it('reports a 404 as ENTITY_NOT_FOUND with no people', async () => {
      await suite.stubs.setFault({ prefix: PEOPLE, status: 404 });

      expect(
        await suite.gateway.searchPeople({ surname: 'Larsen', includeAliases: false }, { page: 0, size: 10 }),
      ).toEqual({ data: [], errors: [NOT_FOUND] });
    });

    it('retries a search answered 503 and answers the people', async () => {
      const isolated = await gatewayAgainstStubs(ProbationOffenderSearchGateway, suite.stubs);
      try {
        await suite.stubs.setFault({ prefix: PEOPLE, status: 503, times: 2 });

        const result = await isolated.gateway.searchPeople(
          { surname: 'Larsen', includeAliases: false },
          { page: 0, size: 10 },
        );

        expect(result.data.map((offender) => offender.crn)).toEqual([ROBERT.crn]);
        expect(await suite.stubs.requests(PEOPLE)).toHaveLength(3);
      } finally {
        await isolated.close();
      }
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

  describe('when the address search fails', () => {
    /** Each test its own clients, so failures here never open the breaker the other tests use. */
    const isolated = isolatedGateway(ProbationOffenderSearchGateway, suite);

    const ADDRESSES = `${PREFIX}/search/addresses`;
    const search = (gateway: ProbationOffenderSearchGateway) =>
      gateway.searchAddresses(byPostcode(ROBERTS_ADDRESS.postcode), 10);

    it('throws a 500 as an UpstreamStatusError naming the upstream and the call', async () => {
      await suite.stubs.setFault({ prefix: ADDRESSES, status: 500, body: '{"status":500}' });

      const thrown = await rejectionOf(search(isolated.gateway));

      expect(thrown).toBeInstanceOf(UpstreamStatusError);
      expect(thrown).toMatchObject({
        upstream: UPSTREAM,
        status: 500,
        body: { status: 500 },
        message: `${UPSTREAM} answered 500 to POST ${ADDRESSES}`,
      });
    });

    it('retries a search answered 503 (a search is safe to resend) and answers the matches', async () => {
      await suite.stubs.setFault({ prefix: ADDRESSES, status: 503, times: 2 });

      const result = await search(isolated.gateway);

      expect(result.data?.map((match) => match.hmppsId)).toEqual([ROBERT.crn]);
      expect(await suite.stubs.requests(ADDRESSES)).toHaveLength(3);
    });

    it('reports a search answered 404 as ENTITY_NOT_FOUND', async () => {
      await suite.stubs.setFault({ prefix: ADDRESSES, status: 404 });

      expect(await search(isolated.gateway)).toEqual({ data: null, errors: [NOT_FOUND] });
    });

    it('throws a 403: the search does not ask for it as data', async () => {
      await suite.stubs.setFault({ prefix: ADDRESSES, status: 403 });

      const thrown = await rejectionOf(search(isolated.gateway));

      expect(thrown).toBeInstanceOf(UpstreamStatusError);
      expect(thrown).toMatchObject({ status: 403 });
    });

    it('throws an UpstreamTimeoutError once the call outlasts its time budget', async () => {
      const { thrown, elapsedMs } = await rejectionWithinBudget(
        ProbationOffenderSearchGateway,
        suite.stubs,
        ADDRESSES,
        search,
      );

      expect(thrown).toBeInstanceOf(UpstreamTimeoutError);
      expect(thrown).toMatchObject({ upstream: UPSTREAM, timeoutMs: SHORT_TIMEOUT_MS });
      // Given up at the budget, not after the upstream's delay.
      expect(elapsedMs).toBeLessThan(5_000);
    });
  });
});
