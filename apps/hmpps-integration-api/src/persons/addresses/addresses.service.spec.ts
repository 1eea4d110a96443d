import { Test } from '@nestjs/testing';
import {
  failure,
  ServiceResult,
  success,
  UpstreamApi,
  upstreamApiError,
  UpstreamApiErrorType,
} from '../../common/upstream-api-error';
import { mapError } from '../../common/error-mapper';
import { ServiceError } from '../../common/service-error';
import { ConsumerFilters, NO_FILTERS } from '../../consumers/consumer-filters';
import { Address } from '../../domain/address';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { PrisonApiGateway } from '../../upstream/prison-api/prison-api.gateway';
import { PrisonerOffenderSearchGateway } from '../../upstream/prisoner-offender-search/prisoner-offender-search.gateway';
import { OffenderDto, toOffender } from '../../upstream/shared/offender.dto';
import { toPrisoner } from '../../upstream/prisoner-offender-search/prisoner.dto';
import { NDeliusGateway } from '../../upstream/ndelius/ndelius.gateway';
import { AddressesService } from './addresses.service';

const { ENTITY_NOT_FOUND, INTERNAL_SERVER_ERROR } = UpstreamApiErrorType;
const NOMIS_ADDRESS: Address = {
  country: 'England',
  county: null,
  endDate: null,
  locality: null,
  name: null,
  noFixedAddress: false,
  number: '1',
  postcode: 'S1 2BJ',
  startDate: '2020-01-01',
  street: 'Main Street',
  town: 'Sheffield',
  types: [],
  notes: null,
};
const offender = (nomsNumber: string | null): OffenderDto => ({
  firstName: 'Robert',
  surname: 'Larsen',
  otherIds: { crn: 'AB123123', nomsNumber },
});
const DELIUS_ADDRESS: Address = { ...NOMIS_ADDRESS, country: null, postcode: 'LS1 1AA', town: 'Leeds' };

interface Answers {
  offender?: ServiceResult<OffenderDto | null>;
  nomisAddresses?: ServiceResult<Address[]>;
  deliusAddresses?: ServiceResult<Address[]>;
}

async function serviceWith(answers: Answers): Promise<AddressesService> {
  const notFound = (api: UpstreamApi) => failure(upstreamApiError(api, ENTITY_NOT_FOUND));
  const probationAnswer = async () => {
    const answer = answers.offender ?? notFound(UpstreamApi.NDELIUS);
    return { ...answer, data: answer.data ? toOffender(answer.data) : null };
  };
  const moduleRef = await Test.createTestingModule({
    providers: [
      AddressesService,
      PersonIdentityService,
      {
        provide: NDeliusGateway,
        useValue: {
          findOffender: probationAnswer,
          findOffenderByCrn: probationAnswer,
          getAddresses: async () => answers.deliusAddresses ?? success([DELIUS_ADDRESS]),
        },
      },
      {
        provide: PrisonerOffenderSearchGateway,
        useValue: {
          getPrisoner: async (id: string) =>
            id === 'G2996UX'
              ? success(toPrisoner({ prisonerNumber: id, prisonId: 'MDI', status: 'ACTIVE IN' }))
              : notFound(UpstreamApi.PRISONER_OFFENDER_SEARCH),
        },
      },
      {
        provide: PrisonApiGateway,
        useValue: { getAddresses: async () => answers.nomisAddresses ?? success([NOMIS_ADDRESS]) },
      },
    ],
  }).compile();
  return moduleRef.get(AddressesService);
}

async function refusal(work: Promise<unknown>): Promise<{ status: number; message: unknown }> {
  const error = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  // Services throw domain errors; the caller sees them through the app's error mapper.
  expect(error).toBeInstanceOf(ServiceError);
  const { status, body } = mapError(error, { id: 'test', method: 'GET', url: '/v1/test', headers: {} });
  return { status, message: (body as { userMessage?: unknown }).userMessage };
}

describe('AddressesService', () => {
  const all: ConsumerFilters = NO_FILTERS;

  it('answers NOMIS addresses, then the Delius ones, for a CRN that names a prisoner', async () => {
    const service = await serviceWith({ offender: success(offender('G2996UX')) });
    const addresses = await service.getAddresses('AB123123', all);
    expect(addresses.map((address) => address.town)).toEqual(['Sheffield', 'Leeds']);
  });

  it('answers only the Delius addresses of someone probation knows without a NOMIS number', async () => {
    const service = await serviceWith({ offender: success(offender(null)) });
    expect((await service.getAddresses('AB123123', all)).map((address) => address.town)).toEqual(['Leeds']);
  });

  it('falls back to the Delius addresses when NOMIS has none for the prisoner', async () => {
    const service = await serviceWith({
      offender: success(offender('G2996UX')),
      // The gateway's not-found: no addresses, and the error.
      nomisAddresses: { data: [], errors: [upstreamApiError(UpstreamApi.NOMIS, ENTITY_NOT_FOUND)] },
    });
    expect((await service.getAddresses('AB123123', all)).map((address) => address.town)).toEqual(['Leeds']);
  });

  it('answers the NOMIS addresses of a prisoner probation does not know', async () => {
    const service = await serviceWith({});
    expect((await service.getAddresses('G2996UX', all)).map((address) => address.town)).toEqual([
      'Sheffield',
    ]);
  });

  it('is 404 when neither side knows the person, and 400 for an id of no known form', async () => {
    const service = await serviceWith({});
    expect(await refusal(service.getAddresses('X999999', all))).toEqual({
      status: 404,
      message: 'Could not find person with id: X999999',
    });
    expect(await refusal(service.getAddresses('not-an-id', all))).toEqual({
      status: 400,
      message: 'Invalid id: not-an-id',
    });
  });

  it('fails when the nDelius case search fails, rather than answering half the addresses', async () => {
    const service = await serviceWith({
      offender: failure(upstreamApiError(UpstreamApi.NDELIUS, INTERNAL_SERVER_ERROR)),
    });
    expect((await refusal(service.getAddresses('G2996UX', all))).status).toBe(500);
  });

  it('fails when the case addresses cannot be read, rather than answering the NOMIS side alone', async () => {
    const service = await serviceWith({
      offender: success(offender('G2996UX')),
      deliusAddresses: { data: [], errors: [upstreamApiError(UpstreamApi.NDELIUS, INTERNAL_SERVER_ERROR)] },
    });
    expect((await refusal(service.getAddresses('AB123123', all))).status).toBe(500);
  });

  it('shows a consumer limited to prison data only the NOMIS side', async () => {
    const service = await serviceWith({ offender: success(offender('G2996UX')) });
    const prisonsOnly: ConsumerFilters = { ...all, supervisionStatuses: ['PRISONS'] };
    expect((await service.getAddresses('G2996UX', prisonsOnly)).map((address) => address.town)).toEqual([
      'Sheffield',
    ]);
  });
});
