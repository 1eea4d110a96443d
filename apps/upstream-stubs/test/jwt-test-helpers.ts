import { createPublicKey, JsonWebKey, verify } from 'node:crypto';
import { StubTokenClaims } from '../src/auth/stub-token-claims';

export interface DecodedJwt {
  header: Record<string, unknown>;
  claims: StubTokenClaims;
}

const decodeSegment = (segment: string) => JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));

export function decodeJwt(token: string): DecodedJwt {
  const [header, claims] = token.split('.');
  return { header: decodeSegment(header), claims: decodeSegment(claims) };
}

/** Verifies an RS256 JWT against a JWK with node:crypto alone, independent of the stub's own code. */
export function signatureIsValid(token: string, jwk: JsonWebKey): boolean {
  const [header, claims, signature] = token.split('.');
  const key = createPublicKey({ key: jwk, format: 'jwk' });
  return verify('sha256', Buffer.from(`${header}.${claims}`), key, Buffer.from(signature, 'base64url'));
}

export function basicAuth(clientId: string, secret: string): string {
  return `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`;
}
