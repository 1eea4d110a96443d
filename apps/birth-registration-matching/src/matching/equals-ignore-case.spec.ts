import { equalsIgnoreCase } from './equals-ignore-case';

describe('equalsIgnoreCase', () => {
  it.each([
    ['chRis', 'Chris'],
    ['JONES', 'jones'],
    ['Chrîs', 'CHRÎS'],
    ['Jones--Smith', 'jones--smith'],
    ['ı', 'I'],
    ['İ', 'i'],
    ['ß', 'ẞ'],
    ['', ''],
  ])('treats %p and %p as equal', (a, b) => expect(equalsIgnoreCase(a, b)).toBe(true));

  it.each([
    ['Chris', 'Chrîs'],
    ['Jose', 'José'],
    ['Jos\u00e9', 'Jose\u0301'],
    ['straße', 'STRASSE'],
    ['Smith-Johnson', 'Smith Johnson'],
    ['Adam David', 'David Adam'],
    ['Adam', 'Adam '],
  ])('treats %p and %p as different', (a, b) => expect(equalsIgnoreCase(a, b)).toBe(false));
});
