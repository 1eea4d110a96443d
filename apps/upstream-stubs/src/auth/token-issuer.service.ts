import type { MintTokenOptions } from '@libs/testing';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuthClient } from './auth-clients.service';
import { StubTokenClaims } from './stub-token-claims';
import { TokenSigner } from './token-signer.service';

export interface IssuedToken {
  accessToken: string;
  claims: StubTokenClaims;
}

/** What the admin API's /__admin/token accepts (the tests' contract). */
export type CustomTokenRequest = MintTokenOptions;

/** Client id put in tokens minted through the admin API when the caller names none. */
const DEFAULT_TEST_CLIENT_ID = 'test-client';
const DEFAULT_TEST_VALIDITY_SECONDS = 3600;

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** Builds and signs HMPPS Auth-shaped access tokens. */
@Injectable()
export class TokenIssuer {
  constructor(private readonly signer: TokenSigner) {}

  /** The token a real client-credentials exchange returns for this client (on behalf of `username`). */
  forClient(client: AuthClient, issuer: string, username?: string): IssuedToken {
    const iat = nowSeconds();
    return this.issue({
      sub: username ?? client.clientId,
      ...(username !== undefined && { user_name: username }),
      client_id: client.clientId,
      authorities: client.authorities,
      scope: client.scopes,
      grant_type: 'client_credentials',
      auth_source: 'none',
      iss: issuer,
      iat,
      exp: iat + client.accessTokenValiditySeconds,
      jti: randomUUID(),
    });
  }

  /** A token with whatever roles and lifetime a test needs (admin API only; real HMPPS Auth has no such thing). */
  custom(request: CustomTokenRequest, issuer: string): IssuedToken {
    const now = nowSeconds();
    const clientId = request.clientId ?? DEFAULT_TEST_CLIENT_ID;
    const exp = now + (request.expiresInSeconds ?? DEFAULT_TEST_VALIDITY_SECONDS);
    const claims: StubTokenClaims = {
      sub: request.username ?? clientId,
      client_id: clientId,
      authorities: request.roles ?? [],
      scope: ['read', 'write'],
      grant_type: 'client_credentials',
      auth_source: 'none',
      iss: issuer,
      // An expired token was issued in the past, before it expired, like one a client cached too long.
      iat: exp > now ? now : exp - DEFAULT_TEST_VALIDITY_SECONDS,
      exp,
      jti: randomUUID(),
    };
    if (request.username !== undefined) {
      claims.user_name = request.username;
    }
    if (request.notBeforeOffsetSeconds !== undefined) {
      claims.nbf = now + request.notBeforeOffsetSeconds;
    }
    return this.issue(claims);
  }

  private issue(claims: StubTokenClaims): IssuedToken {
    return { accessToken: this.signer.sign(claims), claims };
  }
}
