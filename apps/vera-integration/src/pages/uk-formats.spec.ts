import { govukDate, govukDateTime, govukDuration, govukTime, yesNo } from './uk-formats';

describe('UK formats for staff pages', () => {
  it('writes ISO dates the GOV.UK way and leaves other text alone', () => {
    expect(govukDate('2008-09-02')).toBe('2 September 2008');
    expect(govukDate('2024-08-22')).toBe('22 August 2024');
    expect(govukDate('2008-02-30')).toBe('2008-02-30');
    expect(govukDate('Summer 2024')).toBe('Summer 2024');
    expect(govukDate(null)).toBeNull();
  });

  it('writes times in UK local time: GMT in winter, BST (UTC+1) in summer', () => {
    expect(govukTime(new Date('2026-11-21T04:27:00Z'))).toBe('4:27am');
    expect(govukTime(new Date('2026-09-02T15:27:00Z'))).toBe('4:27pm');
    expect(govukDateTime(new Date('2026-09-02T23:30:00Z'))).toBe('12:30am on 3 September 2026');
  });

  it('uses midday, midnight and whole hours without :00', () => {
    expect(govukTime(new Date('2026-01-10T12:00:00Z'))).toBe('midday');
    expect(govukTime(new Date('2026-01-10T00:00:00Z'))).toBe('midnight');
    expect(govukTime(new Date('2026-01-10T09:00:00Z'))).toBe('9am');
  });

  it('writes what is left of a request in words', () => {
    expect(govukDuration(245)).toBe('4 minutes 5 seconds');
    expect(govukDuration(60)).toBe('1 minute');
    expect(govukDuration(1)).toBe('1 second');
    expect(govukDuration(-3)).toBe('0 seconds');
  });

  it('shows VERA flags as Yes or No', () => {
    expect(['true', 'FALSE', 'Yes', 'unknown', null].map(yesNo)).toEqual([
      'Yes',
      'No',
      'Yes',
      'unknown',
      null,
    ]);
  });
});
