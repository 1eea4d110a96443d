import { decode, verify, type JwtPayload } from 'jsonwebtoken';
import { JwksKeySet } from './jwks-key-set';
import { TokenRefusal, refusalReason } from './token-refusal';
import { CLOCK_TOLERANCE_S } from './verified-tokens';

export interface JwksTokenVerifierOptions {
  jwksUrl: string;
  issuer?: string;
  audience?: string;
  /** Least time between key-set fetches for unknown `kid`s (default 30 s). */
  refreshIntervalMs?: number;
}

/**
 * Verifies RS256 tokens from another issuer than HMPPS Auth (e.g. Entra ID tokens an HMPPS consumer
 * passes on behalf of its user), with the same rules as the HMPPS Auth strategy: RS256 only, the key its
 * `kid` names from the JWKS (fetched at most once per interval for unknown kids), `exp`/`nbf` with a 60 s
 * skew, `iss`/`aud` when given. Refusals are `TokenRefusal`s whose reason never quotes the token.
 */
export class JwksTokenVerifier {
  private readonly keys: JwksKeySet;

  constructor(private readonly options: JwksTokenVerifierOptions) {
    this.keys = new JwksKeySet({
      jwksUrl: options.jwksUrl,
      refreshIntervalMs: options.refreshIntervalMs ?? 30_000,
      maxAgeMs: 10 * 60_000,
      timeoutMs: 5_000,
    });
  }

  async verify(token: string): Promise<JwtPayload> {
    const header = decode(token, { complete: true })?.header;
    if (!header) throw new TokenRefusal('jwt malformed');
    if (header.alg !== 'RS256') throw new TokenRefusal('invalid algorithm');
    const key = await this.keys.keyFor(header.kid).catch(() => {
      throw new TokenRefusal('signing keys unavailable');
    });
    if (!key) throw new TokenRefusal('unknown signing key');
    try {
      const claims = verify(token, key, {
        algorithms: ['RS256'],
        clockTolerance: CLOCK_TOLERANCE_S,
        issuer: this.options.issuer,
        audience: this.options.audience,
      });
      if (typeof claims === 'string') throw new TokenRefusal('jwt payload is not a JSON object');
      return claims;
    } catch (error) {
      throw error instanceof TokenRefusal ? error : new TokenRefusal(refusalReason(error));
    }
  }
}
