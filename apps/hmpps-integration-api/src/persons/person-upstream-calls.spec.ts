import { Test } from '@nestjs/testing';
import {
  failure,
  success,
  UpstreamApi,
  upstreamApiError,
  UpstreamApiErrorType,
} from '../common/upstream-api-error';
import { AuthorisedConsumer, currentConsumer } from '../consumers/authorised-consumer';
import { ConsumerFilters, NO_FILTERS } from '../consumers/consumer-filters';
import { FeatureFlags } from '../feature-flags/feature-flags';
import { PersonIdentityService } from '../identity/person-identity.service';
import { PrisonApiGateway } from '../upstream/prison-api/prison-api.gateway';
import { PrisonerDto, toPrisoner } from '../upstream/prisoner-offender-search/prisoner.dto';
import { PrisonerOffenderSearchGateway } from '../upstream/prisoner-offender-search/prisoner-offender-search.gateway';
import { OffenderDto, toOffender } from '../upstream/shared/offender.dto';
import { NDeliusGateway } from '../upstream/ndelius/ndelius.gateway';
import { AddressesService } from './addresses/addresses.service';
import { CellLocationService } from './cell-location/cell-location.service';
import { PersonDetailsService } from './details/person-details.service';
import { PersonNameService } from './name/person-name.service';
import { ProtectedCharacteristicsService } from './protected-characteristics/protected-characteristics.service';

const CRN = 'AB123123';
const NOMIS_NUMBER = 'G2996UX';
const OFFENDER: OffenderDto = {
  firstName: 'Robert',
  surname: 'Larsen',
  otherIds: { crn: CRN, nomsNumber: NOMIS_NUMBER },
};
const PRISONER: PrisonerDto = {
  prisonerNumber: NOMIS_NUMBER,
  firstName: 'ROBERT',
  lastName: 'LARSEN',
  prisonId: 'MDI',
  bookingId: '1234',
  status: 'ACTIVE IN',
};

/**
 * Each upstream call a person endpoint makes, counted on stubbed gateways: an upstream asked the same
 * question twice in one request costs a round trip and doubles its load for nothing.
 */
async function setUp() {
  const calls: string[] = [];
  const record =
    <T>(name: string, answer: (...args: string[]) => T) =>
    async (...args: string[]) => {
      calls.push(`${name}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`);
      return answer(...args);
    };
  const notFound = (api: UpstreamApi) =>
    failure(upstreamApiError(api, UpstreamApiErrorType.ENTITY_NOT_FOUND));
  const offenderFor = (id: string) =>
    id === CRN || id === NOMIS_NUMBER ? success(toOffender(OFFENDER)) : notFound(UpstreamApi.NDELIUS);
  const moduleRef = await Test.createTestingModule({
    providers: [
      PersonIdentityService,
      AddressesService,
      ProtectedCharacteristicsService,
      PersonNameService,
      PersonDetailsService,
      CellLocationService,
      {
        provide: NDeliusGateway,
        useValue: {
          findOffender: record('probation-search', offenderFor),
          findOffenderByCrn: record('probation-search', offenderFor),
          getAddresses: record('ndelius addresses', () => success([])),
        },
      },
      {
        provide: PrisonerOffenderSearchGateway,
        useValue: {
          getPrisoner: record('prisoner-search', (id) =>
            id === NOMIS_NUMBER
              ? success(toPrisoner(PRISONER))
              : notFound(UpstreamApi.PRISONER_OFFENDER_SEARCH),
          ),
          findMergedInto: record('prisoner-search merged', () => null),
        },
      },
      {
        provide: PrisonApiGateway,
        useValue: {
          getAddresses: record('prison-api addresses', () => success([])),
          getReasonableAdjustments: record('prison-api reasonable-adjustments', () => success([])),
        },
      },
    ],
  }).compile();
  return { moduleRef, calls };
}

/** As a request does: the services run inside the authorised consumer's context. */
function asConsumer<T>(filters: ConsumerFilters, work: () => Promise<T>): Promise<T> {
  const consumer: AuthorisedConsumer = {
    name: 'automated-test-client',
    filters,
    redactionPolicies: [],
    featureFlags: FeatureFlags.forEnvironment('local', {}),
    onBehalfOf: null,
    path: '/v1/persons',
  };
  return currentConsumer.run(consumer, work);
}

const WITHIN_MDI: ConsumerFilters = { ...NO_FILTERS, prisons: ['MDI'] };

describe('upstream calls of the person endpoints', () => {
  it.each([
    [
      'GET /v1/persons/{CRN}/addresses',
      (s: Services) => s.addresses.getAddresses(CRN, NO_FILTERS),
      NO_FILTERS,
      ['probation-search("AB123123")', 'ndelius addresses("AB123123")', 'prison-api addresses("G2996UX")'],
    ],
    [
      'GET /v1/persons/{CRN}/addresses, consumer limited to some prisons',
      (s: Services) => s.addresses.getAddresses(CRN, WITHIN_MDI),
      WITHIN_MDI,
      [
        'probation-search("AB123123")',
        'ndelius addresses("AB123123")',
        'prisoner-search("G2996UX")',
        'prison-api addresses("G2996UX")',
      ],
    ],
    [
      'GET /v1/persons/{NOMIS number}/addresses',
      (s: Services) => s.addresses.getAddresses(NOMIS_NUMBER, NO_FILTERS),
      NO_FILTERS,
      [
        'prisoner-search("G2996UX")',
        'probation-search("G2996UX")',
        'ndelius addresses("AB123123")',
        'prison-api addresses("G2996UX")',
      ],
    ],
    [
      'GET /v1/persons/{CRN}/protected-characteristics',
      (s: Services) => s.protectedCharacteristics.getProtectedCharacteristics(CRN, NO_FILTERS),
      NO_FILTERS,
      [
        'probation-search("AB123123")',
        'prisoner-search("G2996UX")',
        'prison-api reasonable-adjustments("1234")',
      ],
    ],
    [
      'GET /v1/persons/{CRN}/name',
      (s: Services) => s.name.getName(CRN, NO_FILTERS),
      NO_FILTERS,
      ['probation-search("AB123123")', 'prisoner-search("G2996UX")'],
    ],
    [
      'GET /v1/persons/{CRN}',
      (s: Services) => s.details.getPersonDetails(CRN),
      NO_FILTERS,
      ['probation-search("AB123123")', 'prisoner-search("G2996UX")'],
    ],
    [
      'GET /v1/persons/{CRN}/cell-location',
      (s: Services) => s.cellLocation.getCellLocation(CRN, NO_FILTERS),
      NO_FILTERS,
      ['probation-search("AB123123")', 'prisoner-search("G2996UX")'],
    ],
  ] as Array<[string, (s: Services) => Promise<unknown>, ConsumerFilters, string[]]>)(
    '%s asks each upstream each question once',
    async (_endpoint, call, filters, expected) => {
      const { moduleRef, calls } = await setUp();
      const services: Services = {
        addresses: moduleRef.get(AddressesService),
        protectedCharacteristics: moduleRef.get(ProtectedCharacteristicsService),
        name: moduleRef.get(PersonNameService),
        details: moduleRef.get(PersonDetailsService),
        cellLocation: moduleRef.get(CellLocationService),
      };
      await asConsumer(filters, () => call(services));
      expect([...calls].sort()).toEqual([...expected].sort());
    },
  );
});

interface Services {
  addresses: AddressesService;
  protectedCharacteristics: ProtectedCharacteristicsService;
  name: PersonNameService;
  details: PersonDetailsService;
  cellLocation: CellLocationService;
}
