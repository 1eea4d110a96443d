/** A token refused by our own checks before jsonwebtoken's (its message is one of ours, never token text). */
export class TokenRefusal extends Error {}

/** jsonwebtoken's refusals that name no part of the token; kept as the reason. */
const SAFE_REASONS = new Set([
  'No auth token',
  'jwt expired',
  'jwt not active',
  'jwt malformed',
  'jwt signature is required',
  'invalid signature',
  'invalid algorithm',
  'invalid token',
  'invalid exp value',
  'invalid nbf value',
  'invalid iat value',
]);
/** jsonwebtoken's refusals that go on to quote the expected value: kept up to the first full stop. */
const SAFE_PREFIXES = ['jwt issuer invalid', 'jwt audience invalid'];

/**
 * Why a token was refused, in words that never contain the token's content (a `kid`, a claim): the
 * reason may be echoed in a `WWW-Authenticate` header or a body, so anything not known to be safe
 * becomes `invalid token`.
 */
export function refusalReason(info: unknown): string {
  if (info instanceof TokenRefusal) return info.message;
  const message = info instanceof Error ? info.message : '';
  if (SAFE_REASONS.has(message)) return message;
  return SAFE_PREFIXES.find((prefix) => message.startsWith(prefix)) ?? 'invalid token';
}
