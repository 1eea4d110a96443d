import { compareBirthDates, formatBirthDate, parseBirthDate, sameBirthDate } from './birth-date';

describe('parseBirthDate', () => {
  it.each([
    ['2012-02-16', { year: 2012, month: 2, day: 16 }],
    ['1900-01-01', { year: 1900, month: 1, day: 1 }],
    ['2012-02-29', { year: 2012, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['2099-12-31', { year: 2099, month: 12, day: 31 }],
    ['+20120-01-01', { year: 20120, month: 1, day: 1 }],
  ])('reads %p', (text, expected) => expect(parseBirthDate(text)).toEqual(expected));

  it.each([
    '2012-02-30',
    '2011-02-29',
    '1900-02-29',
    '2012-04-31',
    '2012-01-32',
    '2012-13-01',
    '2012-00-10',
    '2012-01-00',
    '1899-12-31',
    '0000-01-10',
    '',
    '2016',
    '1234567890',
    '2012/02/16',
    '2012-2-3',
    ' 2012-02-16',
    '2012-02-16T00:00',
    '+2012-02-16',
    '20120-01-01',
    '-2012-01-01',
    '２０１２-02-16',
  ])('rejects %p', (text) => expect(parseBirthDate(text)).toBeUndefined());
});

describe('date helpers', () => {
  it('formats ISO dates, signing five-digit years', () => {
    expect(formatBirthDate({ year: 2009, month: 7, day: 1 })).toBe('2009-07-01');
    expect(formatBirthDate({ year: 20120, month: 1, day: 1 })).toBe('+20120-01-01');
  });

  it('orders and compares calendar dates', () => {
    const cutOff = { year: 2009, month: 7, day: 1 };
    expect(compareBirthDates({ year: 2009, month: 6, day: 30 }, cutOff)).toBeLessThan(0);
    expect(compareBirthDates({ year: 2010, month: 1, day: 1 }, cutOff)).toBeGreaterThan(0);
    expect(sameBirthDate({ year: 2009, month: 7, day: 1 }, cutOff)).toBe(true);
  });
});
