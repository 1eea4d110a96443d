import { Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, MinLength } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { PublicJwk, TokenSigner } from '../../auth/token-signer.service';
import { AdminBody } from '../../faults/admin-body.decorator';

/** Entra ID's own signing key: a different key from the stub HMPPS Auth's, as in real life. */
export const ENTRA_ID_SIGNER = Symbol('entra-id-signer');

export class EntraUserTokenDto {
  @ApiPropertyOptional({
    example: 'alice.officer@justice.gov.uk',
    description: 'left out: a token without it',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  preferredUsername?: string;

  @ApiPropertyOptional({ description: 'Lifetime; negative for an already expired token', example: 3600 })
  @IsOptional()
  @IsInt()
  expiresInSeconds?: number;
}

/**
 * Microsoft Entra ID's common key set (`/entra-id/common/discovery/v2.0/keys`), which signs the user
 * tokens a consumer may send on behalf of its user, and an admin route minting such a token.
 */
@ApiTags('Entra ID')
@Controller()
export class EntraIdController {
  constructor(@Inject(ENTRA_ID_SIGNER) private readonly signer: TokenSigner) {}

  @Get('entra-id/common/discovery/v2.0/keys')
  @ApiOperation({ summary: 'Entra ID signing keys (JWK set), as login.microsoftonline.com serves them' })
  keys(): { keys: PublicJwk[] } {
    return { keys: [this.signer.jwk] };
  }

  @Post('__admin/entra-id/token')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mint an Entra ID v2 user access token (admin; not part of Entra ID)' })
  mint(@AdminBody() body: EntraUserTokenDto): { access_token: string } {
    const now = Math.floor(Date.now() / 1000);
    const tenant = '9b2c7c4a-1f3e-4d5a-8b6c-7d8e9f0a1b2c';
    return {
      access_token: this.signer.sign({
        aud: 'api://hmpps-integration-api-consumer',
        iss: `https://login.microsoftonline.com/${tenant}/v2.0`,
        iat: now,
        nbf: now,
        exp: now + (body.expiresInSeconds ?? 3600),
        tid: tenant,
        oid: randomUUID(),
        ver: '2.0',
        ...(body.preferredUsername !== undefined && { preferred_username: body.preferredUsername }),
      }),
    };
  }
}
