import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@libs/auth';
import { BEARER_SCHEME, ROLE_VERA_MIS } from '../common/roles';
import { ApiErrorResponses, COMMON_ERRORS } from '../errors/error-envelope';
import { PageSessionLinkView, PageSessionRequestDto } from './page-session-request.dto';
import { PageSessionsService } from './page-sessions.service';

@ApiTags('MIS: web pages')
@ApiBearerAuth(BEARER_SCHEME)
@Roles(ROLE_VERA_MIS)
@Controller('api/page-sessions')
export class PageSessionsApiController {
  constructor(private readonly sessions: PageSessionsService) {}

  @Post()
  @ApiOperation({ summary: 'A one-time sign-in link (valid 60 s) that opens the pages for one provider' })
  @ApiResponse({ status: 201, type: PageSessionLinkView })
  @ApiErrorResponses([400, ...COMMON_ERRORS, 404], { 404: 'PROVIDER_NOT_FOUND' })
  create(@Body() body: PageSessionRequestDto): Promise<PageSessionLinkView> {
    return this.sessions.issueTicket(body.ukprn, body.username);
  }
}
