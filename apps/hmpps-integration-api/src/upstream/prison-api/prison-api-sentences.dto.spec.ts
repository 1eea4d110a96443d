import { toNomisSentence, toSentenceKeyDates } from './prison-api-sentences.dto';

describe('Prison API sentence mappings', () => {
  it.each([
    ['A', true],
    ['I', false],
    ['X', null],
    [null, null],
  ])('maps sentence status %s to isActive %s', (sentenceStatus, isActive) => {
    expect(toNomisSentence({ sentenceStatus }).isActive).toBe(isActive);
  });

  it('is always custodial and reports zero term units as absent', () => {
    const sentence = toNomisSentence({ terms: [{ years: 2, months: 0, weeks: 0, days: 5, code: 'IMP' }] });
    expect(sentence.isCustodial).toBe(true);
    expect(sentence.length).toEqual({
      duration: null,
      units: null,
      terms: [{ years: 2, months: null, weeks: null, days: 5, hours: null, prisonTermCode: 'IMP' }],
    });
  });

  it('writes calculatedDate on the calculated dates, null when NOMIS has none, as HEAD does', () => {
    const keyDates = toSentenceKeyDates({
      earlyTermDate: '2024-01-01',
      etdCalculatedDate: '2023-12-30',
      midTermDate: '2024-02-01',
      automaticReleaseDate: '2024-03-01',
    });
    expect(keyDates.earlyTerm).toEqual({
      date: '2024-01-01',
      overrideDate: null,
      calculatedDate: '2023-12-30',
    });
    expect(keyDates.midTerm).toEqual({ date: '2024-02-01', overrideDate: null, calculatedDate: null });
    expect(keyDates.automaticRelease).toEqual({ date: '2024-03-01', overrideDate: null });
  });
});
