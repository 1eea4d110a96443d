import { usernameFromUnsignedToken } from './unsigned-token';

const segment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const unsigned = (claims: unknown, header: unknown = { alg: 'none' }) =>
  `${segment(header)}.${segment(claims)}.`;
const NOW = 1_800_000_000;

describe('usernameFromUnsignedToken', () => {
  it('reads unique_name from an unsigned JWT', () => {
    expect(usernameFromUnsignedToken(unsigned({ unique_name: 'testName', iss: 'testIss' }), NOW)).toBe(
      'testName',
    );
  });

  it.each([
    ['a signed token', `${segment({ alg: 'RS256' })}.${segment({ unique_name: 'x' })}.c2ln`],
    ['an unsigned token with a signature', `${unsigned({ unique_name: 'x' })}c2ln`],
    ['a header other than alg none', unsigned({ unique_name: 'x' }, { alg: 'HS256' })],
    ['no unique_name', unsigned({ name: 'x' })],
    ['an empty unique_name', unsigned({ unique_name: '' })],
    ['a unique_name that is not a string', unsigned({ unique_name: 42 })],
    ['an expired token', unsigned({ unique_name: 'x', exp: NOW - 1 })],
    ['a token not yet valid', unsigned({ unique_name: 'x', nbf: NOW + 60 })],
    ['not JSON', 'bm90.anNvbg.'],
    ['not a JWT', 'plain text'],
  ])('names nobody for %s', (_, token) => {
    expect(usernameFromUnsignedToken(token, NOW)).toBeNull();
  });
});
