import { Body, Controller, Get, Headers, HttpCode, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiBasicAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ClientCredentialsGrant, TokenResponse } from './client-credentials-grant.service';
import { issuerUrl } from './issuer-url';
import { OAuthErrorFilter } from './oauth-error';
import { PublicJwk, TokenSigner } from './token-signer.service';

/** The part of HMPPS Auth the apps use: the token endpoint and the key set their tokens verify against. */
@ApiTags('HMPPS Auth')
@Controller('auth')
export class HmppsAuthController {
  constructor(
    private readonly grant: ClientCredentialsGrant,
    private readonly signer: TokenSigner,
  ) {}

  @Post('oauth/token')
  @HttpCode(200)
  @UseFilters(OAuthErrorFilter)
  @ApiOperation({ summary: 'Client-credentials token (HTTP Basic client id and secret)' })
  @ApiBasicAuth()
  @ApiQuery({
    name: 'grant_type',
    required: false,
    example: 'client_credentials',
    description: 'or in the form body',
  })
  @ApiQuery({
    name: 'username',
    required: false,
    description: 'the user the client acts for: the token names them (user_name, sub)',
  })
  @ApiOkResponse({ description: 'Access token; 401 invalid_client; 400 unsupported_grant_type' })
  token(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('authorization') authorization: string | undefined,
    @Query('grant_type') queryGrantType: string | undefined,
    @Query('username') username: string | undefined,
    @Body() body: Record<string, unknown> | undefined,
  ): TokenResponse {
    // Spring Authorization Server reads grant_type from the query string or the form body.
    const grantType = queryGrantType ?? (typeof body?.grant_type === 'string' ? body.grant_type : undefined);
    const response = this.grant.exchange(authorization, grantType, issuerUrl(request), username);
    void reply.header('Cache-Control', 'no-store').header('Pragma', 'no-cache');
    return response;
  }

  @Get('.well-known/jwks.json')
  @ApiOperation({ summary: 'Public signing keys (JWK set)' })
  jwks(): { keys: PublicJwk[] } {
    return { keys: [this.signer.jwk] };
  }

  @Get('health/ping')
  @ApiOperation({ summary: 'HMPPS Auth liveness, as upstream health checks call it' })
  ping(): { status: 'UP' } {
    return { status: 'UP' };
  }
}
