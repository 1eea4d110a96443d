import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Roles } from '@libs/auth';
import { ROLE_VERA_MIS } from '../common/roles';
import { PageSessionRequestDto } from './page-session-request.dto';
import { PageSessionsService } from './page-sessions.service';

@ApiTags('MIS: web pages')
@ApiBearerAuth()
@Roles(ROLE_VERA_MIS)
@Controller('api/page-sessions')
export class PageSessionsApiController {
  constructor(private readonly sessions: PageSessionsService) {}

  @Post()
  @ApiOperation({ summary: 'A one-time sign-in link (valid 60 s) that opens the pages for one provider' })
  @ApiResponse({ status: 201, description: '{ signInUrl, expiresAt }' })
  @ApiResponse({ status: 404, description: 'PROVIDER_NOT_FOUND' })
  create(@Body() body: PageSessionRequestDto, @Req() request: FastifyRequest) {
    return this.sessions.issueTicket(body.ukprn, body.username, `${request.protocol}://${request.host}`);
  }
}
