import { Injectable } from '@nestjs/common';
import { AuthClients } from './auth-clients.service';
import { parseBasicCredentials } from './basic-credentials';
import { OAuthError } from './oauth-error';
import { TokenIssuer } from './token-issuer.service';
import { TokenRequestCounter } from './token-request-counter.service';

export interface TokenResponse {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  scope: string;
  sub: string;
  auth_source: string;
  jti: string;
}

/** HMPPS Auth's client-credentials exchange: Basic client authentication, then a signed access token. */
@Injectable()
export class ClientCredentialsGrant {
  constructor(
    private readonly clients: AuthClients,
    private readonly issuer: TokenIssuer,
    private readonly counter: TokenRequestCounter,
  ) {}

  /** `username`: HMPPS Auth's client-credentials token on behalf of a user, who becomes the token's subject. */
  exchange(
    authorization: string | undefined,
    grantType: string | undefined,
    issuer: string,
    username?: string,
  ): TokenResponse {
    const credentials = parseBasicCredentials(authorization);
    this.counter.record(credentials?.username);
    // Client authentication comes first, as in Spring Authorization Server: an unknown client learns nothing more.
    const client = credentials && this.clients.authenticate(credentials.username, credentials.password);
    if (!client) {
      throw new OAuthError(401, 'invalid_client', 'Client authentication failed');
    }
    if (grantType !== 'client_credentials') {
      throw new OAuthError(400, 'unsupported_grant_type', 'Only grant_type=client_credentials is supported');
    }
    const { accessToken, claims } = this.issuer.forClient(client, issuer, username || undefined);
    return {
      access_token: accessToken,
      token_type: 'bearer',
      expires_in: claims.exp - claims.iat,
      scope: claims.scope.join(' '),
      sub: claims.sub,
      auth_source: claims.auth_source,
      jti: claims.jti,
    };
  }
}
