/** Cookie header parsing and Set-Cookie writing for the one session cookie the pages use. */

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

export interface CookieOptions {
  secure: boolean;
  /** Omit to delete the cookie. */
  expires?: Date;
}

/** HttpOnly, SameSite=Strict, whole site. The value must be cookie-safe already (base64url and dots). */
export function setCookieHeader(name: string, value: string, { secure, expires }: CookieOptions): string {
  const attributes = [
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Expires=${(expires ?? new Date(0)).toUTCString()}`,
  ];
  if (secure) attributes.push('Secure');
  return [`${name}=${value}`, ...attributes].join('; ');
}
