import { createPublicKey, KeyObject } from 'node:crypto';
import { decode, verify, type JwtPayload } from 'jsonwebtoken';
import { JwksClient } from 'jwks-rsa';
import { AuthenticatedUser, userFromClaims } from './authenticated-user';

/** The reference's clock skew for `exp` and `nbf`. */
const CLOCK_TOLERANCE_S = 60;
/** Distinct tokens remembered at once; a caller reuses one token for its lifetime, so this is many callers. */
const MAX_REMEMBERED_TOKENS = 1_000;
const MAX_PARSED_KEYS = 16;

/** Why a token was refused, in the words of the check that refused it (learner-records echoes it). */
export class TokenRejectedError extends Error {}

interface VerifiedToken {
  user: AuthenticatedUser;
  /** `exp` in seconds. */
  expires: number;
}

/**
 * HMPPS Auth access tokens: RS256 only (so `alg: none` and HS256-with-the-public-key are refused), the
 * key named by `kid` from the JWKS (cached, rate limited), `exp`/`nbf` checked with a 60 s skew.
 *
 * A caller sends the same token with every request until it expires, so a verified token is remembered
 * (by its exact text, signature included) until its `exp`: the RSA check, the JWKS lookup and the claims
 * mapping then happen once per token instead of once per request (they were a sixth of a busy app's
 * CPU). A token without `exp` is verified every time.
 */
export class TokenVerifier {
  private readonly jwks: JwksClient;
  private readonly keys = new Map<string, KeyObject>();
  private readonly verified = new Map<string, VerifiedToken>();

  constructor(jwksUrl: string) {
    this.jwks = new JwksClient({
      jwksUri: jwksUrl,
      cache: true,
      cacheMaxAge: 10 * 60 * 1000,
      rateLimit: true,
      jwksRequestsPerMinute: 10,
      timeout: 5000,
    });
  }

  async verify(token: string): Promise<AuthenticatedUser> {
    const remembered = this.verified.get(token);
    if (remembered && nowSeconds() < remembered.expires + CLOCK_TOLERANCE_S) return remembered.user;
    if (remembered) this.verified.delete(token);

    const claims = await this.verifySignatureAndClaims(token);
    const user = Object.freeze(userFromClaims(claims));
    if (typeof claims.exp === 'number') this.remember(token, { user, expires: claims.exp });
    return user;
  }

  private async verifySignatureAndClaims(token: string): Promise<JwtPayload> {
    const header = decode(token, { complete: true })?.header;
    if (!header) throw new TokenRejectedError('jwt malformed');
    if (header.alg !== 'RS256') throw new TokenRejectedError('invalid algorithm');
    const key = await this.signingKey(header.kid);
    try {
      const claims = verify(token, key, { algorithms: ['RS256'], clockTolerance: CLOCK_TOLERANCE_S });
      if (typeof claims === 'string') throw new TokenRejectedError('jwt payload is not a JSON object');
      return claims;
    } catch (error) {
      throw error instanceof TokenRejectedError ? error : new TokenRejectedError((error as Error).message);
    }
  }

  /** The JWKS key as a parsed KeyObject: verifying with PEM text would parse it again on every call. */
  private async signingKey(kid: string | undefined): Promise<KeyObject> {
    let pem: string;
    try {
      pem = (await this.jwks.getSigningKey(kid)).getPublicKey();
    } catch (error) {
      throw new TokenRejectedError((error as Error).message);
    }
    let key = this.keys.get(pem);
    if (!key) {
      // A JWKS holds a handful of keys; the map is reset if rotation ever fills it.
      if (this.keys.size >= MAX_PARSED_KEYS) this.keys.clear();
      key = createPublicKey(pem);
      this.keys.set(pem, key);
    }
    return key;
  }

  private remember(token: string, verified: VerifiedToken): void {
    // Full: the longest-held token goes (a Map keeps insertion order); expired ones go when next seen.
    if (this.verified.size >= MAX_REMEMBERED_TOKENS) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, verified);
  }
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
