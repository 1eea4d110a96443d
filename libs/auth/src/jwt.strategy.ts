import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { passportJwtSecret } from 'jwks-rsa';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AuthenticatedUser, userFromClaims } from './authenticated-user';

export const HMPPS_JWT = 'hmpps-jwt';

/**
 * HMPPS Auth access tokens: RS256 only (so `alg: none` and HS256-with-the-public-key are refused),
 * keys from the JWKS (cached, rate limited), `exp`/`nbf` checked with the reference's 60 s skew.
 */
@Injectable()
export class HmppsJwtStrategy extends PassportStrategy(Strategy, HMPPS_JWT) {
  constructor(jwksUrl: string) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      algorithms: ['RS256'],
      jsonWebTokenOptions: { clockTolerance: 60, algorithms: ['RS256'] },
      secretOrKeyProvider: passportJwtSecret({
        jwksUri: jwksUrl,
        cache: true,
        cacheMaxAge: 10 * 60 * 1000,
        rateLimit: true,
        jwksRequestsPerMinute: 10,
        timeout: 5000,
      }),
    });
  }

  validate(claims: Record<string, unknown>): AuthenticatedUser {
    return userFromClaims(claims);
  }
}
