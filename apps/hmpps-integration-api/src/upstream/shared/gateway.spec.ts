import { segment } from './gateway';

describe('segment: one upstream path segment, whatever the value', () => {
  it.each([
    ['A1234AA', 'A1234AA'],
    ['2004/13116M', '2004%2F13116M'],
    ['a?b#c d', 'a%3Fb%23c%20d'],
    ['%2e%2e', '%252e%252e'],
    ['...', '...'],
    ['a..b', 'a..b'],
    [42, '42'],
  ])('%p → %p', (value, encoded) => {
    expect(segment(value)).toBe(encoded);
  });

  it.each(['.', '..'])('refuses %p, which no encoding keeps from being a dot segment', (value) => {
    expect(() => segment(value)).toThrow('cannot be an upstream path segment');
  });

  it('never lets a value it accepts leave its segment: the URL keeps the path it was put in', () => {
    for (const value of ['../x', '%2e%2e', '.%2e', 'x/../../y', '\u0000', '#frag', '?q=1', '...']) {
      const url = new URL(`http://upstream/case/${segment(value)}/addresses`);
      expect(url.pathname.split('/')).toEqual(['', 'case', segment(value), 'addresses']);
      expect(url.search + url.hash).toBe('');
    }
  });
});
