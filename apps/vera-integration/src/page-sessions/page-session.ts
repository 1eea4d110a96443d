import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What the signed session cookie carries: which provider the staff member acts for, until when. */
export interface PageSession {
  ukprn: string;
  username?: string;
  expiresAt: number;
  /** Random per sign-in; the CSRF token is derived from it, so a token only works in its own session. */
  nonce: string;
}

export const SESSION_COOKIE = 'vera_session';

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Signs and checks the session cookie (HMAC-SHA256 with VERA_SESSION_SECRET) and derives the
 * session's CSRF token: the synchroniser-token pattern without server-side session storage.
 */
export class PageSessionCodec {
  constructor(private readonly secret: string) {}

  newSession(ukprn: string, username: string | undefined, lifetimeMs: number): PageSession {
    return {
      ukprn,
      username,
      expiresAt: Date.now() + lifetimeMs,
      nonce: randomBytes(16).toString('base64url'),
    };
  }

  encode(session: PageSession): string {
    const payload = Buffer.from(
      JSON.stringify({ u: session.ukprn, n: session.username, e: session.expiresAt, s: session.nonce }),
    ).toString('base64url');
    return `${payload}.${this.mac('session', payload)}`;
  }

  /** The session from a cookie value, or null if it is forged, unreadable or expired. */
  decode(value: string | undefined, now = Date.now()): PageSession | null {
    const [payload, mac, extra] = (value ?? '').split('.');
    if (!payload || !mac || extra !== undefined || !safeEqual(mac, this.mac('session', payload))) return null;
    try {
      const raw = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
      if (typeof raw.u !== 'string' || !/^\d{8}$/.test(raw.u) || typeof raw.e !== 'number' || raw.e <= now)
        return null;
      if (typeof raw.s !== 'string' || raw.s === '') return null;
      return {
        ukprn: raw.u,
        username: typeof raw.n === 'string' ? raw.n : undefined,
        expiresAt: raw.e,
        nonce: raw.s,
      };
    } catch {
      return null;
    }
  }

  csrfToken(session: PageSession): string {
    return this.mac('csrf', session.nonce);
  }

  isValidCsrfToken(session: PageSession, token: unknown): boolean {
    return typeof token === 'string' && safeEqual(token, this.csrfToken(session));
  }

  private mac(purpose: string, value: string): string {
    return createHmac('sha256', this.secret).update(`${purpose}\0${value}`).digest('base64url');
  }
}
