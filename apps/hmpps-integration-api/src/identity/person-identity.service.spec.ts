import {
  failure,
  success,
  UpstreamApi,
  upstreamApiError,
  UpstreamApiErrorType,
} from '../common/upstream-api-error';
import { filterViolation } from '../common/api-errors';
import { NO_FILTERS } from '../consumers/consumer-filters';
import { PrisonerDto, toPrisoner } from '../upstream/prisoner-offender-search/prisoner.dto';
import { PrisonerOffenderSearchGateway } from '../upstream/prisoner-offender-search/prisoner-offender-search.gateway';
import { OffenderDto, toOffender } from '../upstream/shared/offender.dto';
import { NDeliusGateway } from '../upstream/ndelius/ndelius.gateway';
import { PersonIdentityService } from './person-identity.service';

const { ENTITY_NOT_FOUND, BAD_REQUEST, CONFLICT } = UpstreamApiErrorType;
const FILTERED_OUT = filterViolation();

const PRISONER: PrisonerDto = {
  prisonerNumber: 'G2996UX',
  firstName: 'ROBERT',
  lastName: 'LARSEN',
  prisonId: 'MDI',
};
const OFFENDER: OffenderDto = {
  firstName: 'Robert',
  surname: 'Larsen',
  otherIds: { crn: 'AB123123', nomsNumber: 'G2996UX' },
};
const PROBATION_ONLY: OffenderDto = {
  firstName: 'Sophie',
  surname: 'Kaur',
  otherIds: { crn: 'X654321', nomsNumber: null },
};

function notFound(causedBy: UpstreamApi) {
  return failure(upstreamApiError(causedBy, ENTITY_NOT_FOUND));
}

function setUp(people: { offender?: OffenderDto; prisoner?: PrisonerDto }) {
  const probation = {
    findOffender: jest.fn(async () =>
      people.offender ? success(toOffender(people.offender)) : notFound(UpstreamApi.NDELIUS),
    ),
    findOffenderByCrn: jest.fn(async () =>
      people.offender ? success(toOffender(people.offender)) : notFound(UpstreamApi.NDELIUS),
    ),
  };
  const prisoners = {
    getPrisoner: jest.fn(async (_number: string) =>
      people.prisoner ? success(toPrisoner(people.prisoner)) : notFound(UpstreamApi.PRISONER_OFFENDER_SEARCH),
    ),
    findMergedInto: jest.fn(async (_number: string): Promise<string | null> => null),
  };
  const service = new PersonIdentityService(
    probation as unknown as NDeliusGateway,
    prisoners as unknown as PrisonerOffenderSearchGateway,
  );
  return { service, probation, prisoners };
}

describe('PersonIdentityService', () => {
  describe('getNomisNumberWithFilters', () => {
    it('refuses an id of no known form without calling any upstream', async () => {
      const { service, probation, prisoners } = setUp({});
      expect(
        await service.getNomisNumberWithFilters('2004/13116M', { ...NO_FILTERS, prisons: null }),
      ).toEqual(failure(upstreamApiError(UpstreamApi.NOMIS, BAD_REQUEST, 'Invalid HMPPS ID: 2004/13116M')));
      expect(probation.findOffenderByCrn).not.toHaveBeenCalled();
      expect(prisoners.getPrisoner).not.toHaveBeenCalled();
    });

    it('resolves a CRN through probation without asking prisoner search when every prison is allowed', async () => {
      const { service, prisoners } = setUp({ offender: OFFENDER, prisoner: PRISONER });
      expect(await service.getNomisNumberWithFilters('AB123123', { ...NO_FILTERS, prisons: null })).toEqual(
        success('G2996UX'),
      );
      expect(prisoners.getPrisoner).not.toHaveBeenCalled();
    });

    it('checks the prison of a CRN through prisoner search when the consumer has a prison list', async () => {
      const { service } = setUp({ offender: OFFENDER, prisoner: PRISONER });
      expect(
        await service.getNomisNumberWithFilters('AB123123', { ...NO_FILTERS, prisons: ['MDI'] }),
      ).toEqual(success('G2996UX'));
      await expect(
        service.getNomisNumberWithFilters('AB123123', { ...NO_FILTERS, prisons: ['LEI'] }),
      ).rejects.toEqual(FILTERED_OUT);
    });

    it('gives someone unknown the same filter answer as someone outside the consumer prisons', async () => {
      await expect(
        setUp({}).service.getNomisNumberWithFilters('A1234AA', { ...NO_FILTERS, prisons: ['MDI'] }),
      ).rejects.toEqual(FILTERED_OUT);
      await expect(
        setUp({ offender: PROBATION_ONLY }).service.getNomisNumberWithFilters('X654321', {
          ...NO_FILTERS,
          prisons: ['MDI'],
        }),
      ).rejects.toEqual(FILTERED_OUT);
    });

    it.each([
      ['ACTIVE IN', undefined, ['PRISONS'], true],
      ['ACTIVE OUT', undefined, ['PROBATION'], false],
      ['INACTIVE OUT', true, ['PROBATION'], true],
      ['INACTIVE OUT', true, ['PRISONS', 'NONE'], false],
      ['INACTIVE OUT', false, ['NONE'], true],
      ['INACTIVE OUT', false, ['PROBATION'], false],
      ['INACTIVE OUT', null, ['PRISONS', 'PROBATION'], false],
      ['INACTIVE OUT', null, ['PRISONS', 'PROBATION', 'NONE'], true],
    ] as const)(
      'with prisoner status %s and active probation %s, a consumer limited to %j sees them: %s',
      async (status, active, statuses, allowed) => {
        const offender = { ...OFFENDER, activeProbationManagedSentence: active };
        const { service } = setUp({ offender, prisoner: { ...PRISONER, status } });
        const result = service.getNomisNumberWithFilters('G2996UX', {
          ...NO_FILTERS,
          supervisionStatuses: statuses,
        });
        if (allowed) await expect(result).resolves.toEqual(success('G2996UX'));
        else await expect(result).rejects.toEqual(FILTERED_OUT);
      },
    );

    it('reports a CRN without a NOMIS number as not found by nDelius', async () => {
      const { service } = setUp({ offender: PROBATION_ONLY });
      expect(await service.getNomisNumberWithFilters('X654321', { ...NO_FILTERS, prisons: null })).toEqual(
        failure(upstreamApiError(UpstreamApi.NDELIUS, ENTITY_NOT_FOUND, 'NOMIS number not found')),
      );
    });
  });

  describe('getPersonWithPrisonFilter', () => {
    it('prefers the probation view of a person known to both systems', async () => {
      const { service } = setUp({ offender: OFFENDER, prisoner: PRISONER });
      const person = await service.getPersonWithPrisonFilter('G2996UX', { ...NO_FILTERS, prisons: null });
      expect(person.data).toMatchObject({ firstName: 'Robert', hmppsId: 'AB123123' });
    });

    it('passes on a probation error other than not found', async () => {
      const { service, probation, prisoners } = setUp({ prisoner: PRISONER });
      const conflict = failure(upstreamApiError(UpstreamApi.NDELIUS, CONFLICT));
      probation.findOffender.mockResolvedValueOnce(conflict);
      expect(await service.getPersonWithPrisonFilter('G2996UX', { ...NO_FILTERS, prisons: null })).toEqual(
        conflict,
      );
      expect(prisoners.getPrisoner).not.toHaveBeenCalled();
    });

    it('treats an empty prison list as no prison', async () => {
      const { service } = setUp({ offender: OFFENDER, prisoner: PRISONER });
      expect(
        (await service.getPersonWithPrisonFilter('G2996UX', { ...NO_FILTERS, prisons: [] })).errors[0].type,
      ).toBe(ENTITY_NOT_FOUND);
    });
  });

  describe('lookupPerson', () => {
    it('falls back to prisoner search only for a NOMIS number', async () => {
      const { service, prisoners } = setUp({ prisoner: PRISONER });
      expect((await service.lookupPerson('G2996UX')).data).toMatchObject({
        firstName: 'ROBERT',
        hmppsId: 'G2996UX',
      });
      expect(await service.lookupPerson('AB123123')).toEqual(notFound(UpstreamApi.NDELIUS));
      expect(prisoners.getPrisoner).toHaveBeenCalledTimes(1);
    });
  });
  describe('merged prisoner numbers', () => {
    it('answers an old number with the number it was merged into', async () => {
      const { service, prisoners } = setUp({});
      prisoners.findMergedInto.mockResolvedValueOnce('G2996UX');
      expect(await service.getCombinedDataForPerson('A9999AA')).toEqual(
        success({ offender: null, prisoner: null, mergedInto: 'G2996UX' }),
      );
      expect(prisoners.findMergedInto).toHaveBeenCalledWith('A9999AA');
    });

    it('reads the merged prisoner quietly when probation still names the old number', async () => {
      const { service, prisoners } = setUp({
        offender: { ...OFFENDER, otherIds: { crn: 'AB123123', nomsNumber: 'A9999AA' } },
      });
      prisoners.findMergedInto.mockResolvedValueOnce('G2996UX');
      prisoners.getPrisoner.mockImplementation(async (number: string) =>
        number === 'G2996UX' ? success(toPrisoner(PRISONER)) : notFound(UpstreamApi.PRISONER_OFFENDER_SEARCH),
      );
      const combined = await service.getCombinedDataForPerson('AB123123');
      expect(combined.data).toEqual({
        offender: expect.objectContaining({ person: expect.objectContaining({ lastName: 'Larsen' }) }),
        prisoner: toPrisoner(PRISONER),
      });
      expect(combined.errors).toEqual([]);
    });
  });

  describe('getCombinedDataForPerson', () => {
    it('asks prisoner search for a NOMIS number before nDelius has answered', async () => {
      const { service, probation, prisoners } = setUp({ offender: OFFENDER, prisoner: PRISONER });
      type ProbationAnswer = Awaited<ReturnType<typeof probation.findOffender>>;
      let answerProbation: (value: ProbationAnswer) => void = () => undefined;
      probation.findOffender.mockReturnValueOnce(
        new Promise<ProbationAnswer>((resolve) => (answerProbation = resolve)),
      );
      const combined = service.getCombinedDataForPerson('G2996UX');
      await Promise.resolve();
      expect(prisoners.getPrisoner).toHaveBeenCalledWith('G2996UX');
      answerProbation(success(toOffender(OFFENDER)));
      expect(await combined).toEqual(
        success({ offender: toOffender(OFFENDER), prisoner: toPrisoner(PRISONER) }),
      );
      expect(prisoners.getPrisoner).toHaveBeenCalledTimes(1);
    });

    it('looks a NOMIS number up as given, even when probation names another, as the reference', async () => {
      const { service, prisoners } = setUp({
        offender: { ...OFFENDER, otherIds: { crn: 'AB123123', nomsNumber: 'A1234AA' } },
        prisoner: PRISONER,
      });
      expect(await service.getCombinedDataForPerson('G2996UX')).toEqual(
        success({
          offender: toOffender({ ...OFFENDER, otherIds: { crn: 'AB123123', nomsNumber: 'A1234AA' } }),
          prisoner: toPrisoner(PRISONER),
        }),
      );
      expect(prisoners.getPrisoner.mock.calls).toEqual([['G2996UX']]);
    });

    it('keeps the prison half of a NOMIS number probation does not name', async () => {
      const { service } = setUp({ offender: PROBATION_ONLY, prisoner: PRISONER });
      expect(await service.getCombinedDataForPerson('G2996UX')).toEqual(
        success({ offender: toOffender(PROBATION_ONLY), prisoner: toPrisoner(PRISONER) }),
      );
    });

    it('passes on a failed prisoner search when probation names no NOMIS number', async () => {
      const { service, prisoners } = setUp({ offender: PROBATION_ONLY });
      prisoners.getPrisoner.mockRejectedValueOnce(new Error('prisoner search is down'));
      await expect(service.getCombinedDataForPerson('G2996UX')).rejects.toThrow('prisoner search is down');
    });

    it('passes on a failed prisoner search when probation confirms the number', async () => {
      const { service, prisoners } = setUp({ offender: OFFENDER });
      prisoners.getPrisoner.mockRejectedValueOnce(new Error('prisoner search is down'));
      await expect(service.getCombinedDataForPerson('G2996UX')).rejects.toThrow('prisoner search is down');
    });

    it('starts nothing early for a CRN', async () => {
      const { service, prisoners } = setUp({ offender: OFFENDER, prisoner: PRISONER });
      await service.getCombinedDataForPerson('AB123123');
      expect(prisoners.getPrisoner.mock.calls).toEqual([['G2996UX']]);
    });
  });
});
