import { genderFromLrsCode, genderToLrsCode } from './gender';

describe('gender codes', () => {
  it.each([
    ['MALE', '1'],
    ['FEMALE', '2'],
    ['NOT_KNOWN', '0'],
    ['NOT_SPECIFIED', '9'],
  ] as const)('%s is LRS code %s both ways', (gender, code) => {
    expect(genderToLrsCode(gender)).toBe(code);
    expect(genderFromLrsCode(code)).toBe(gender);
  });

  it.each([['3'], [''], [undefined]])('LRS code %p reads as Unknown', (code) => {
    expect(genderFromLrsCode(code)).toBe('Unknown');
  });
});
