import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { decode } from 'jsonwebtoken';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AuthenticatedUser, userFromClaims } from './authenticated-user';
import { AUTH_SETTINGS, AuthSettings } from './auth-settings';
import { JwksKeySet } from './jwks-key-set';
import { TokenRefusal } from './token-refusal';
import { CLOCK_TOLERANCE_S } from './verified-tokens';

export const HMPPS_JWT = 'hmpps-jwt';

/** The bearer token of a request: one parse, shared by the strategy and the guard's cache. */
export const bearerToken = ExtractJwt.fromAuthHeaderAsBearerToken();

/**
 * HMPPS Auth access tokens through passport-jwt: RS256 only (so `alg: none` and HS256 signed with the
 * public key are refused), the key the header's `kid` names from the JWKS, `exp`/`nbf` with a 60 s skew,
 * `iss` always and `aud` when configured.
 */
@Injectable()
export class HmppsJwtStrategy extends PassportStrategy(Strategy, HMPPS_JWT) {
  constructor(keys: JwksKeySet, @Inject(AUTH_SETTINGS) settings: AuthSettings) {
    super({
      jwtFromRequest: bearerToken,
      secretOrKeyProvider: (_request, token: string, done) => {
        const header = decode(token, { complete: true })?.header;
        if (!header) return done(new TokenRefusal('jwt malformed'));
        if (header.alg !== 'RS256') return done(new TokenRefusal('invalid algorithm'));
        keys.keyFor(header.kid).then(
          // jsonwebtoken verifies with a KeyObject; @types/passport-jwt lists only string | Buffer.
          (key) =>
            key ? done(null, key as unknown as Buffer) : done(new TokenRefusal('unknown signing key')),
          () => done(new TokenRefusal('signing keys unavailable')),
        );
      },
      algorithms: ['RS256'],
      issuer: settings.issuer,
      audience: settings.audience,
      jsonWebTokenOptions: { clockTolerance: CLOCK_TOLERANCE_S },
    });
  }

  /** passport-jwt's verify callback: the claims become `request.user`. */
  validate(claims: unknown): AuthenticatedUser | false {
    if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) return false;
    return Object.freeze(userFromClaims(claims as Record<string, unknown>));
  }
}
