import { DynamicModule, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtAuthGuard } from './jwt-auth.guard';
import { RolesGuard } from './roles';
import { TokenVerifier } from './token-verifier';

export interface AuthModuleOptions {
  /** Defaults to `${HMPPS_AUTH_URL}/.well-known/jwks.json`. */
  jwksUrl?: string;
}

@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions = {}): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        {
          provide: TokenVerifier,
          inject: [ConfigService],
          useFactory: (config: ConfigService) => {
            const jwksUrl =
              options.jwksUrl ??
              `${config.getOrThrow<string>('HMPPS_AUTH_URL').replace(/\/$/, '')}/.well-known/jwks.json`;
            return new TokenVerifier(jwksUrl);
          },
        },
        // Order matters: authenticate first, then check roles.
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
      ],
    };
  }
}
