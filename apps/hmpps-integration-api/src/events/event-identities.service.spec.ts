import { UpstreamStatusError } from '@libs/upstream';
import {
  failure,
  success,
  UpstreamApi,
  upstreamApiError,
  UpstreamApiErrorType,
} from '../common/upstream-api-error';
import { PrisonerDto, toPrisoner } from '../upstream/prisoner-offender-search/prisoner.dto';
import { PrisonerOffenderSearchGateway } from '../upstream/prisoner-offender-search/prisoner-offender-search.gateway';
import { OffenderDto, toOffender } from '../upstream/shared/offender.dto';
import { NDeliusGateway } from '../upstream/ndelius/ndelius.gateway';
import { DomainEvent, PoisonMessageError } from './domain-event';
import { EventIdentitiesService } from './event-identities.service';

const OFFENDERS: OffenderDto[] = [
  { otherIds: { crn: 'AB123123', nomsNumber: 'G2996UX' }, activeProbationManagedSentence: true },
  { otherIds: { crn: 'C456789', nomsNumber: 'B5555CC' }, activeProbationManagedSentence: true },
  { otherIds: { crn: 'D123456', nomsNumber: 'D6666DD' }, activeProbationManagedSentence: false },
  { otherIds: { crn: 'X654321' }, activeProbationManagedSentence: true },
] as OffenderDto[];
const PRISONERS: PrisonerDto[] = [
  { prisonerNumber: 'G2996UX', status: 'ACTIVE IN', prisonId: 'MDI' },
  { prisonerNumber: 'A1234AA', status: 'ACTIVE IN', prisonId: 'LEI' },
  { prisonerNumber: 'B5555CC', status: 'INACTIVE OUT', prisonId: 'OUT' },
  { prisonerNumber: 'D6666DD', status: 'INACTIVE OUT', prisonId: 'OUT' },
] as PrisonerDto[];

/** Gateways answering from the lists above, counting their calls. */
function gateways() {
  const calls: string[] = [];
  const notFound = (api: UpstreamApi) =>
    failure(upstreamApiError(api, UpstreamApiErrorType.ENTITY_NOT_FOUND));
  const probation = {
    findOffender: async (id: string) => {
      calls.push(`probation ${id}`);
      const found = OFFENDERS.find((o) => o.otherIds?.crn === id || o.otherIds?.nomsNumber === id);
      return found ? success(toOffender(found)) : notFound(UpstreamApi.NDELIUS);
    },
  };
  const prisoners = {
    getPrisoner: async (nomisNumber: string) => {
      calls.push(`prisoner ${nomisNumber}`);
      const found = PRISONERS.find((p) => p.prisonerNumber === nomisNumber);
      return found ? success(toPrisoner(found)) : notFound(UpstreamApi.PRISONER_OFFENDER_SEARCH);
    },
  };
  const service = new EventIdentitiesService(
    probation as unknown as NDeliusGateway,
    prisoners as unknown as PrisonerOffenderSearchGateway,
  );
  return { service, calls, probation, prisoners };
}

const event = (values: Partial<DomainEvent>): DomainEvent => ({
  eventType: 'person.alert.created',
  occurredAt: '2026-01-15T10:00:00Z',
  personReference: null,
  additionalInformation: null,
  reason: null,
  prisonerId: null,
  prisonId: null,
  detailUrl: null,
  ...values,
});
const ids = (...identifiers: [string, string][]) => ({
  personReference: { identifiers: identifiers.map(([type, value]) => ({ type, value })) },
});
const info = (values: Record<string, unknown>) =>
  ({ additionalInformation: { categoriesChanged: [], ...values } }) as unknown as Partial<DomainEvent>;

describe('EventIdentitiesService (HEAD DomainEventIdentitiesResolver)', () => {
  it('takes the CRN probation knows, the prison of the prisoner it names, and PRISONS while they are in', async () => {
    const { service, calls } = gateways();
    expect(await service.resolve(event(ids(['CRN', 'AB123123'], ['NOMS', 'G2996UX'])))).toEqual({
      hmppsId: 'AB123123',
      prisonId: 'MDI',
      supervisionStatus: 'PRISONS',
    });
    // Each record once, however many look-ups need it.
    expect(calls.sort()).toEqual(['prisoner G2996UX', 'probation AB123123']);
  });

  it('fails an event whose CRN probation does not know (HEAD: EntityNotFoundException, dead-lettered)', async () => {
    await expect(gateways().service.resolve(event(ids(['CRN', 'Z999999'])))).rejects.toThrow(
      PoisonMessageError,
    );
  });

  it('turns a NOMIS number into the CRN probation holds for it, else keeps the NOMIS number', async () => {
    const { service } = gateways();
    expect(await service.resolve(event(info({ nomsNumber: 'B5555CC' })))).toEqual({
      hmppsId: 'C456789',
      prisonId: 'OUT',
      supervisionStatus: 'PROBATION',
    });
    expect(await service.resolve(event({ prisonerId: 'A1234AA' }))).toEqual({
      hmppsId: 'A1234AA',
      prisonId: 'LEI',
      supervisionStatus: 'PRISONS',
    });
    expect(await service.resolve(event(info({ prisonerNumber: 'D6666DD' })))).toEqual({
      hmppsId: 'D123456',
      prisonId: 'OUT',
      supervisionStatus: 'NONE',
    });
  });

  it('reads the NOMIS number from the person reference first, then the fields services put it in', async () => {
    const { service, calls } = gateways();
    await service.resolve(event({ ...ids(['nomsNumber', 'A1234AA']), ...info({ nomsNumber: 'G2996UX' }) }));
    expect(calls).toContain('probation A1234AA');
    expect(calls).not.toContain('probation G2996UX');
  });

  it('prefers the event’s own prison, then the location key’s', async () => {
    const { service, calls } = gateways();
    expect((await service.resolve(event({ prisonId: 'BXI', prisonerId: 'A1234AA' }))).prisonId).toBe('BXI');
    expect((await service.resolve(event(info({ prisonId: 'WWI', nomsNumber: 'A1234AA' })))).prisonId).toBe(
      'WWI',
    );
    calls.length = 0;
    expect(await service.resolve(event(info({ key: 'MDI-A-1-001' })))).toEqual({
      hmppsId: null,
      prisonId: 'MDI',
      supervisionStatus: 'UNKNOWN',
    });
    expect(calls).toEqual([]);
    expect((await service.resolve(event(info({ key: 'mdi-a' })))).prisonId).toBeNull();
    // A prison id that is no path segment is no prison: no prison filter admits it.
    expect((await service.resolve(event({ prisonId: 'MDI/../x' }))).prisonId).toBeNull();
  });

  it('is UNKNOWN for someone probation and prisoner search both do not know', async () => {
    expect((await gateways().service.resolve(event({ prisonerId: 'Z9999ZZ' }))).supervisionStatus).toBe(
      'UNKNOWN',
    );
  });

  it('asks prisoner search nothing for a probation case without a NOMIS number', async () => {
    const { service, calls } = gateways();
    expect(await service.resolve(event(ids(['CRN', 'X654321'])))).toEqual({
      hmppsId: 'X654321',
      prisonId: null,
      supervisionStatus: 'PROBATION',
    });
    expect(calls).toEqual(['probation X654321']);
  });

  it('lets an upstream failure fail the event, so SQS delivers it again', async () => {
    const { service, prisoners } = gateways();
    prisoners.getPrisoner = async () => {
      throw new UpstreamStatusError(
        'prisoner-offender-search',
        503,
        undefined,
        '',
        'prisoner-offender-search answered 503',
      );
    };
    await expect(service.resolve(event({ prisonerId: 'A1234AA' }))).rejects.toThrow('answered 503');
  });
});
