import { Body, Controller, Headers, HttpCode, HttpException, Param, Post } from '@nestjs/common';
import { VeraStubState } from './vera-stub.state';

type TokenForm = Partial<Record<'grant_type' | 'client_id' | 'client_secret' | 'resource', string>>;

function entraError(status: number, error: string, description: string): HttpException {
  return new HttpException(
    { error, error_description: description, error_codes: [], timestamp: new Date().toISOString() },
    status,
  );
}

/** Microsoft Entra ID v1 token endpoint (client credentials with `resource`, numbers as strings). */
@Controller('entra')
export class EntraTokenController {
  constructor(private readonly state: VeraStubState) {}

  @Post(':tenantId/oauth2/token')
  @HttpCode(200)
  token(
    @Param('tenantId') tenantId: string,
    @Body() form: TokenForm | undefined,
    @Headers('content-type') contentType?: string,
  ) {
    // Entra reads only form fields: a JSON body looks to it like a request without grant_type.
    if (!/^application\/x-www-form-urlencoded\b/i.test(contentType ?? '')) {
      throw entraError(
        400,
        'invalid_request',
        "AADSTS900144: The request body must contain the following parameter: 'grant_type'.",
      );
    }
    const body = form ?? {};
    if (tenantId !== this.state.fixtures.tenantId) {
      throw entraError(400, 'invalid_request', `AADSTS90002: Tenant '${tenantId}' not found.`);
    }
    if (body.grant_type !== 'client_credentials') {
      throw entraError(400, 'unsupported_grant_type', 'AADSTS70003: The grant type is not supported.');
    }
    const client = this.state.client(body.client_id ?? '');
    if (!client) {
      throw entraError(
        400,
        'unauthorized_client',
        `AADSTS700016: Application '${body.client_id ?? ''}' was not found.`,
      );
    }
    if (body.client_secret !== client.clientSecret) {
      throw entraError(401, 'invalid_client', 'AADSTS7000215: Invalid client secret provided.');
    }
    if (body.resource !== this.state.fixtures.resource) {
      throw entraError(
        400,
        'invalid_resource',
        `AADSTS500011: The resource '${body.resource ?? ''}' was not found.`,
      );
    }
    const { token, expiresAt } = this.state.issueToken(client.clientId);
    const now = Math.floor(Date.now() / 1000);
    const ttl = String(this.state.settings.tokenTtlSeconds);
    return {
      token_type: 'Bearer',
      expires_in: ttl,
      ext_expires_in: ttl,
      expires_on: String(Math.floor(expiresAt / 1000)),
      not_before: String(now),
      resource: body.resource,
      access_token: token,
    };
  }
}
