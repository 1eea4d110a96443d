import { DynamicModule, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AUTH_SETTINGS, AuthSettings } from './auth-settings';
import { HmppsJwtStrategy } from './hmpps-jwt.strategy';
import { JwksKeySet } from './jwks-key-set';
import { JwtAuthGuard } from './jwt-auth.guard';
import { RolesGuard } from './roles';
import { VerifiedTokens } from './verified-tokens';

export interface AuthModuleOptions {
  /** Default `${HMPPS_AUTH_URL}/.well-known/jwks.json`. */
  jwksUrl?: string;
  /** Default `HMPPS_AUTH_ISSUER`, else `${HMPPS_AUTH_URL}/issuer` (what HMPPS Auth puts in `iss`). */
  issuer?: string;
  /** Default `HMPPS_AUTH_AUDIENCE`; unset: `aud` is not checked. */
  audience?: string;
  /** Least time between two JWKS fetches caused by unknown `kid`s. Default 30 s. */
  jwksRefreshIntervalMs?: number;
}

const JWKS_REFRESH_INTERVAL_MS = 30_000;
const JWKS_MAX_AGE_MS = 10 * 60_000;
const JWKS_TIMEOUT_MS = 5_000;

function settingsFrom(options: AuthModuleOptions, config: ConfigService): AuthSettings {
  const authUrl = () => config.getOrThrow<string>('HMPPS_AUTH_URL').replace(/\/$/, '');
  return {
    jwksUrl: options.jwksUrl ?? `${authUrl()}/.well-known/jwks.json`,
    issuer: options.issuer ?? (config.get<string>('HMPPS_AUTH_ISSUER') || `${authUrl()}/issuer`),
    audience: options.audience ?? (config.get<string>('HMPPS_AUTH_AUDIENCE') || undefined),
    jwksRefreshIntervalMs: options.jwksRefreshIntervalMs ?? JWKS_REFRESH_INTERVAL_MS,
  };
}

@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions = {}): DynamicModule {
    return {
      module: AuthModule,
      imports: [PassportModule],
      providers: [
        {
          provide: AUTH_SETTINGS,
          inject: [ConfigService],
          useFactory: (config: ConfigService) => settingsFrom(options, config),
        },
        {
          provide: JwksKeySet,
          inject: [AUTH_SETTINGS],
          useFactory: (settings: AuthSettings) =>
            new JwksKeySet({
              jwksUrl: settings.jwksUrl,
              refreshIntervalMs: settings.jwksRefreshIntervalMs,
              maxAgeMs: JWKS_MAX_AGE_MS,
              timeoutMs: JWKS_TIMEOUT_MS,
            }),
        },
        VerifiedTokens,
        HmppsJwtStrategy,
        // Order matters: authenticate first, then check roles.
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
      ],
    };
  }
}
