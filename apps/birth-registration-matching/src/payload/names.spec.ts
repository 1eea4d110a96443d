import { isValidName, javaTrim, nameWords, normaliseName } from './names';

describe('isValidName', () => {
  it.each([
    'Adam',
    'José',
    "O'Leary",
    'Smith-Johnson',
    'a&b',
    'x`^,:_!?#<>[]{}~%$',
    'Jones--Smith',
    'tab\tinside',
    'Ωμέγα',
    'a'.repeat(250),
  ])('accepts %p', (name) => expect(isValidName(name)).toBe(true));

  it.each([';', '/', '\\', '(', ')', '|', '*', '.', '=', '+', '@', '"'])(
    'rejects a name containing %p',
    (char) => {
      expect(isValidName(`Ad${char}am`)).toBe(false);
    },
  );

  it.each([
    ['empty', ''],
    ['too long', 'a'.repeat(251)],
    ['line feed', 'Ad\nam'],
    ['NUL', 'Ad\u0000am'],
    ['markup opener', 'Ad<!am'],
    ['comment closer', 'Ad-->am'],
    ['blank', ' \t\r\f\u000B '],
  ])('rejects a %s name', (_label, name) => expect(isValidName(name)).toBe(false));

  it('counts UTF-16 code units before trimming', () => {
    expect(isValidName(`  ${'a'.repeat(247)}  `)).toBe(false);
    expect(isValidName('😀'.repeat(125))).toBe(true);
    expect(isValidName('😀'.repeat(126))).toBe(false);
  });

  it('accepts a value made only of a non-breaking space (not ASCII whitespace)', () => {
    expect(isValidName('\u00a0')).toBe(true);
  });
});

describe('name normalisation', () => {
  it('trims and collapses ASCII whitespace', () => {
    expect(normaliseName('  Jones \t Smith ')).toBe('Jones Smith');
    expect(nameWords(' Adam  TEST\tdavid ')).toEqual(['Adam', 'TEST', 'david']);
  });

  it('leaves Unicode spaces alone', () => {
    expect(normaliseName('Jones\u00a0Smith')).toBe('Jones\u00a0Smith');
    expect(javaTrim('\u00a0x\u00a0')).toBe('\u00a0x\u00a0');
  });

  it('trims control characters like Java does', () => {
    expect(javaTrim('\u0001Adam\u001f')).toBe('Adam');
    expect(nameWords('   ')).toEqual([]);
  });
});
