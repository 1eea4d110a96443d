import { compilePathPattern, normalisePath } from './path-patterns';

describe('normalisePath', () => {
  it.each([
    ['/v1/persons/{hmppsId}/name', '/v1/persons/[a-zA-Z0-9_-]+/name'],
    ['/v1/persons/.*/addresses', '/v1/persons/[a-zA-Z0-9_-]+/addresses'],
    ['/v1/persons/[^/]*$', '/v1/persons/[a-zA-Z0-9_-]+'],
    ['^/v1/visit/[^/]+$', '/v1/visit/[a-zA-Z0-9_-]+'],
    ['v1/status', '/v1/status'],
    ['/.*', '/.*'],
    ['/swagger-ui/.*', '/swagger-ui/.*'],
  ])('%s becomes %s', (pattern, expected) => {
    expect(normalisePath(pattern)).toBe(expected);
  });
});

describe('compilePathPattern', () => {
  it('compiles for a whole-path match', () => {
    const pattern = compilePathPattern('/v1/persons/{hmppsId}') as RegExp;
    expect(pattern.test('/v1/persons/G2996UX')).toBe(true);
    expect(pattern.test('/v1/persons/G2996UX/name')).toBe(false);
    expect(pattern.test('/x/v1/persons/G2996UX')).toBe(false);
  });

  it('keeps regex quantifiers but refuses placeholders it does not know', () => {
    expect(compilePathPattern('/v1/prison/[A-Z]{3}/visit/search')).toBeInstanceOf(RegExp);
    expect(compilePathPattern('/v1/persons/{personId}/name')).toBe('unknown placeholder {personId}');
    expect(compilePathPattern('/v1/persons/(')).toBe('not a valid regular expression');
  });
});
