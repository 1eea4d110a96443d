import { Global, Module } from '@nestjs/common';
import { AuthAdminController } from './auth-admin.controller';
import { AuthClients } from './auth-clients.service';
import { ClientCredentialsGrant } from './client-credentials-grant.service';
import { HmppsAuthController } from './hmpps-auth.controller';
import { StubBearerGuard } from './stub-bearer.guard';
import { TokenIssuer } from './token-issuer.service';
import { TokenRequestCounter } from './token-request-counter.service';
import { TokenSigner } from './token-signer.service';

/**
 * Stand-in for HMPPS Auth. Global so that every other stub module can put `@UseGuards(StubBearerGuard)`
 * on its routes and have tokens checked against this stub's signing key.
 */
@Global()
@Module({
  controllers: [HmppsAuthController, AuthAdminController],
  providers: [
    TokenSigner,
    AuthClients,
    TokenIssuer,
    TokenRequestCounter,
    ClientCredentialsGrant,
    StubBearerGuard,
  ],
  exports: [TokenSigner, StubBearerGuard],
})
export class HmppsAuthStubModule {}
