import { toCourtCasesSummary } from './sentenced-court-cases.dto';

const appearance = (appearanceDate: string | null, outcomeType: string | null, courtCode: string, convictionDate?: string) => ({
  appearanceDate,
  courtCode,
  outcome: outcomeType === null ? null : { outcomeType, outcomeName: `${outcomeType} outcome` },
  charges: [{ sentence: convictionDate ? { convictionDate } : null }],
});

describe('toCourtCasesSummary', () => {
  it('takes the earliest conviction, the latest appearance outcome and the latest sentencing court', () => {
    const summary = toCourtCasesSummary({
      courtCases: [
        {
          latestAppearance: appearance('2024-05-01', 'REMAND', 'REMCT', '2023-01-02'),
          appearances: [appearance('2024-03-01', 'SENTENCING', 'SENTCT', '2022-06-07')],
        },
        { latestAppearance: null, appearances: [appearance(null, 'SENTENCING', 'UNDATED')] },
      ],
    });
    expect(summary).toEqual({
      dateOfFirstConviction: '2022-06-07',
      courtOutcome: { outcomeType: 'REMAND', outcomeName: 'REMAND outcome' },
      courtCode: 'SENTCT',
    });
  });

  it('names outcome types HEAD does not know OTHER, and answers nulls for no cases', () => {
    expect(
      toCourtCasesSummary({ courtCases: [{ latestAppearance: appearance('2024-01-01', 'IMMIGRATION', 'X') }] })
        .courtOutcome,
    ).toEqual({ outcomeType: 'OTHER', outcomeName: 'IMMIGRATION outcome' });
    expect(toCourtCasesSummary({ courtCases: [] })).toEqual({
      dateOfFirstConviction: null,
      courtOutcome: null,
      courtCode: null,
    });
  });
});
