import { readDateOfBirth, readMobileDetails, readUln } from './page-forms';

const today = new Date('2026-11-21T12:00:00Z');
const dob = (day: string, month: string, year: string) =>
  readDateOfBirth({ 'dateOfBirth-day': day, 'dateOfBirth-month': month, 'dateOfBirth-year': year }, today);

describe('page forms', () => {
  it('accepts a ULN pasted with spaces, and says what is wrong otherwise', () => {
    expect(readUln({ uln: ' 999 000 0011 ' }).uln).toBe('9990000011');
    expect(readUln({ uln: '' }).errors).toEqual({ uln: 'Enter a ULN' });
    expect(readUln({ uln: '12345' }).errors.uln).toBe('ULN must be 10 digits, like 999 000 0011');
    expect(readUln({ uln: ['9990000011', '9990000029'] }).errors.uln).toBe('Enter a ULN');
  });

  it('reads a three-field date of birth as an ISO date', () => {
    expect(dob('2', '9', '2008').date).toBe('2008-09-02');
    expect(dob('02', '09', '2008').date).toBe('2008-09-02');
  });

  it.each([
    [['', '', ''], 'Enter the learner’s date of birth', 'day'],
    [['2', '', '2008'], 'Date of birth must include a month', 'month'],
    [['', '', '2008'], 'Date of birth must include a day and month', 'day'],
    [['30', '2', '2008'], 'Date of birth must be a real date', 'day'],
    [['2', '9', '08'], 'Date of birth must be a real date', 'day'],
    [['x', '9', '2008'], 'Date of birth must be a real date', 'day'],
    [['21', '11', '2026'], 'Date of birth must be in the past', 'day'],
    [['1', '1', '1899'], 'Date of birth must be after 1900', 'year'],
  ])('refuses %p with the GOV.UK message, linked to the first field at fault', ([d, m, y], message, part) => {
    const result = dob(d, m, y);
    expect(result.error).toBe(message);
    expect(result.invalidParts[0]).toBe(part);
  });

  it('links the date error to its first wrong field in the error list', () => {
    const { errors, details } = readMobileDetails({
      mobileNumber: '07700 900123',
      'dateOfBirth-day': '2',
      'dateOfBirth-year': '2008',
    });
    expect(details).toBeUndefined();
    expect(errors).toEqual({ 'dateOfBirth-month': 'Date of birth must include a month' });
  });
});
