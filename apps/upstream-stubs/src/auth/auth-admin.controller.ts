import { Controller, Delete, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';
import { AdminBody } from '../faults/admin-body.decorator';
import { CustomTokenDto } from './dto/custom-token.dto';
import { issuerUrl } from './issuer-url';
import { TokenIssuer } from './token-issuer.service';
import { TokenRequestCounter, TokenRequestCounts } from './token-request-counter.service';

/** Test-only controls of the stub HMPPS Auth; real HMPPS Auth has none of these. */
@ApiTags('Admin')
@Controller('__admin')
export class AuthAdminController {
  constructor(
    private readonly issuer: TokenIssuer,
    private readonly counter: TokenRequestCounter,
  ) {}

  @Post('token')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mint a token with any roles, client, user and lifetime' })
  mint(@Req() request: FastifyRequest, @AdminBody() body: CustomTokenDto): { access_token: string } {
    return { access_token: this.issuer.custom(body, issuerUrl(request)).accessToken };
  }

  @Get('auth/token-requests')
  @ApiOperation({ summary: 'How many token requests each client id made' })
  tokenRequests(): TokenRequestCounts {
    return this.counter.snapshot();
  }

  @Delete('auth/token-requests')
  @HttpCode(204)
  @ApiOperation({ summary: 'Reset the token request counts' })
  resetTokenRequests(): void {
    this.counter.reset();
  }
}
