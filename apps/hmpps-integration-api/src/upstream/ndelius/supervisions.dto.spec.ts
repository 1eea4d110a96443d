import { toProbationCase } from './supervisions.dto';

describe('nDelius supervisions mapping', () => {
  it('gives main then additional offences with every court date and the first court', () => {
    const probationCase = toProbationCase({
      supervisions: [
        {
          custodial: false,
          mainOffence: { code: '001', description: 'Main', date: '2020-01-01' },
          additionalOffences: [{ code: '002', description: 'Extra', date: '2020-01-02' }],
          courtAppearances: [
            { date: '2020-03-01T10:00:00+01:00', court: 'First Court' },
            { date: '2020-04-01T09:00:00Z', court: 'Second Court' },
          ],
        },
      ],
    });
    expect(
      probationCase.offences.map((offence) => [offence.hoCode, offence.courtName, offence.courtDates]),
    ).toEqual([
      ['001', 'First Court', ['2020-03-01', '2020-04-01']],
      ['002', 'First Court', ['2020-03-01', '2020-04-01']],
    ]);
  });

  it('maps a supervision to a probation sentence and fills what nDelius leaves out', () => {
    const probationCase = toProbationCase({
      supervisions: [
        {
          custodial: true,
          active: false,
          sentence: { date: '', description: 'Order', length: 6, lengthUnits: 'Months' },
        },
      ],
    });
    expect(probationCase.sentences).toEqual([
      {
        serviceSource: 'NDELIUS',
        systemSource: 'PROBATION_SYSTEMS',
        dateOfSentencing: null,
        description: 'Order',
        isActive: false,
        isCustodial: true,
        fineAmount: null,
        length: { duration: 6, units: 'Months', terms: [] },
      },
    ]);
    expect(probationCase.offences).toEqual([]);
    expect(probationCase.dynamicRisks).toEqual([]);
    expect(Object.values(probationCase.mappaDetail).every((value) => value === null)).toBe(true);
    expect(probationCase.communityManager.team).toEqual({
      code: null,
      description: null,
      email: null,
      telephoneNumber: null,
    });
  });
});
