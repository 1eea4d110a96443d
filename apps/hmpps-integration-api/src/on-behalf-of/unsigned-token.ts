/**
 * The end user named by an unsigned JWT (`alg: none`, empty signature), the reference's `unsigned`
 * on-behalf-of strategy: its `unique_name` claim. Anything else (a signed token, bad JSON, an expired or
 * not-yet-valid token, no `unique_name`) names nobody.
 */
export function usernameFromUnsignedToken(token: string, nowSeconds: number): string | null {
  const [header, payload, signature, ...rest] = token.split('.');
  if (payload === undefined || signature !== '' || rest.length > 0) return null;
  const headerJson = decodeSegment(header);
  const claims = decodeSegment(payload);
  if (headerJson?.alg !== 'none' || !claims) return null;
  if (typeof claims.exp === 'number' && claims.exp <= nowSeconds) return null;
  if (typeof claims.nbf === 'number' && claims.nbf > nowSeconds) return null;
  return typeof claims.unique_name === 'string' && claims.unique_name !== '' ? claims.unique_name : null;
}

function decodeSegment(segment: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
