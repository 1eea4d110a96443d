import { readCookie, setCookieHeader } from './cookies';
import { PageSessionCodec } from './page-session';

describe('PageSessionCodec', () => {
  const codec = new PageSessionCodec('x'.repeat(40));
  const session = codec.newSession('10001234', 'j.smith', 60_000);

  it('round-trips a session through its signed cookie value', () => {
    expect(codec.decode(codec.encode(session))).toEqual(session);
  });

  it('refuses a cookie signed with another secret, edited, or expired', () => {
    const value = codec.encode(session);
    expect(new PageSessionCodec('y'.repeat(40)).decode(value)).toBeNull();
    const [payload, mac] = value.split('.');
    const edited = Buffer.from(
      Buffer.from(payload, 'base64url').toString().replace('10001234', '10005678'),
    ).toString('base64url');
    expect(codec.decode(`${edited}.${mac}`)).toBeNull();
    expect(codec.decode(value, session.expiresAt + 1)).toBeNull();
    expect(codec.decode(undefined)).toBeNull();
    expect(codec.decode('garbage')).toBeNull();
  });

  it('accepts only the CSRF token of the same session', () => {
    const other = codec.newSession('10001234', 'j.smith', 60_000);
    expect(codec.isValidCsrfToken(session, codec.csrfToken(session))).toBe(true);
    expect(codec.isValidCsrfToken(session, codec.csrfToken(other))).toBe(false);
    expect(codec.isValidCsrfToken(session, undefined)).toBe(false);
    expect(codec.isValidCsrfToken(session, '')).toBe(false);
  });
});

describe('cookies', () => {
  it('reads one cookie among several', () => {
    expect(readCookie('a=1; vera_session=abc.def; b=2', 'vera_session')).toBe('abc.def');
    expect(readCookie('a=1', 'vera_session')).toBeUndefined();
    expect(readCookie(undefined, 'vera_session')).toBeUndefined();
  });

  it('writes a strict, HttpOnly cookie, Secure when asked', () => {
    const header = setCookieHeader('vera_session', 'v', { secure: true, expires: new Date(0) });
    expect(header).toBe(
      'vera_session=v; Path=/; HttpOnly; SameSite=Strict; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Secure',
    );
  });
});
