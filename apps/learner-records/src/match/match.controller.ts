import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthenticatedUser, hasAnyRole, Roles } from '@libs/auth';
import { Audit } from '@libs/queue';
import { ApiCaller, ApiEmptyResponse, ApiErrors, ErrorEnvelope } from '../common/api-docs';
import { Checked, CheckedRequest } from '../common/checked-request.decorator';
import { IGNORES_BODY } from '../common/ignored-body';
import { ROLE_MATCH_UI, ROLE_SEARCH_RO } from '../common/roles';
import { LearnerEventsResponse } from '../learner-events/learner-events-response';
import { CheckMatchResponse } from './match-responses';
import { ConfirmMatchRequest, ConfirmNoMatchRequest } from './match-requests.dto';
import { MatchService } from './match.service';

const NOMIS_ID = ApiParam({
  name: 'nomisId',
  description:
    'NOMIS prisoner number, e.g. A1234BC: any text without control characters (over 100 characters: 414)',
});

/** The audit `details` of both audited routes: the NOMIS id as it is. */
const nomisIdOf = (request: FastifyRequest) => (request.params as { nomisId: string }).nomisId;

@ApiTags('Match')
@Controller('match/:nomisId')
export class MatchController {
  constructor(private readonly matches: MatchService) {}

  @Get()
  @ApiOperation({
    summary: 'The stored match of a prisoner',
    description: `Roles ${ROLE_SEARCH_RO} or ${ROLE_MATCH_UI}. Callers holding ${ROLE_SEARCH_RO} are audited (match-uln).`,
  })
  @NOMIS_ID
  @Roles(ROLE_SEARCH_RO, ROLE_MATCH_UI)
  @ApiCaller([ROLE_SEARCH_RO, ROLE_MATCH_UI])
  @ApiOkResponse({ type: CheckMatchResponse, description: 'Found, or NoMatch when marked as not matchable' })
  @ApiNotFoundResponse({ type: CheckMatchResponse, description: '`{"status":"NotFound"}`' })
  @ApiErrors(400, 403, 500)
  // Audited whatever the lookup finds, once the request has passed its checks.
  @Audit('match-uln', {
    details: nomisIdOf,
    outcome: 'any',
    when: (request) => hasAnyRole((request as unknown as { user: AuthenticatedUser }).user, [ROLE_SEARCH_RO]),
  })
  async check(
    @Param('nomisId') nomisId: string,
    @Checked({ path: ['nomisId'] }) _request: CheckedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CheckMatchResponse> {
    const { found, body } = await this.matches.check(nomisId);
    if (!found) reply.status(404);
    return body;
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Confirm the ULN of a prisoner',
    description: `Role ${ROLE_MATCH_UI}. Empty body on success.`,
  })
  @NOMIS_ID
  @Roles(ROLE_MATCH_UI)
  @ApiCaller([ROLE_MATCH_UI])
  @ApiBody({ type: ConfirmMatchRequest })
  @ApiEmptyResponse(201, 'Stored (or already the current match); empty body')
  @ApiEmptyResponse(409, "The ULN is another prisoner's current match; empty body, nothing stored")
  @ApiErrors(400, 403, 500)
  async confirm(
    @Param('nomisId') nomisId: string,
    @Checked({ path: ['nomisId'], body: ConfirmMatchRequest })
    request: CheckedRequest<ConfirmMatchRequest>,
  ): Promise<void> {
    await this.matches.confirm(nomisId, request.body);
  }

  @Post('no-match')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record that a prisoner cannot be matched',
    description: `Role ${ROLE_MATCH_UI}. Empty body on success.`,
  })
  @NOMIS_ID
  @Roles(ROLE_MATCH_UI)
  @ApiCaller([ROLE_MATCH_UI])
  @ApiBody({ type: ConfirmNoMatchRequest })
  @ApiEmptyResponse(201, 'Stored (or already not matchable); empty body')
  @ApiErrors(400, 403, 500)
  async noMatch(
    @Param('nomisId') nomisId: string,
    @Checked({ path: ['nomisId'], body: ConfirmNoMatchRequest })
    request: CheckedRequest<ConfirmNoMatchRequest>,
  ): Promise<void> {
    await this.matches.markNoMatch(nomisId, request.body);
  }

  @Post('unmatch')
  @HttpCode(201)
  @RouteConfig(IGNORES_BODY)
  @ApiOperation({
    summary: 'Withdraw the match (or the no-match) of a prisoner',
    description: `Role ${ROLE_MATCH_UI}. Any body is ignored.`,
  })
  @NOMIS_ID
  @Roles(ROLE_MATCH_UI)
  @ApiCaller([ROLE_MATCH_UI])
  @ApiEmptyResponse(201, 'Withdrawn (or nothing to withdraw); empty body')
  @ApiErrors(400, 403, 500)
  async unmatch(
    @Param('nomisId') nomisId: string,
    @Checked({ path: ['nomisId'] }) _request: CheckedRequest,
  ): Promise<void> {
    await this.matches.unmatch(nomisId);
  }

  @Get('learner-events')
  @ApiOperation({
    summary: 'The learning record of the matched learner',
    description: `Role ${ROLE_SEARCH_RO} only (the match UI role is not enough). Audited (match-learner-events).`,
  })
  @NOMIS_ID
  @Roles(ROLE_SEARCH_RO)
  @ApiCaller([ROLE_SEARCH_RO])
  @ApiOkResponse({ type: LearnerEventsResponse })
  @ApiResponse({ status: 404, type: ErrorEnvelope, description: 'Match not found' })
  @ApiResponse({
    status: 400,
    type: ErrorEnvelope,
    description: 'Match not possible (marked as not matchable), or missing X-Username',
  })
  @ApiErrors(403, 408, 424, 500)
  @Audit('match-learner-events', { details: nomisIdOf, outcome: 'any' })
  learnerEvents(
    @Param('nomisId') nomisId: string,
    @Checked({ path: ['nomisId'] }) request: CheckedRequest,
  ): Promise<LearnerEventsResponse> {
    return this.matches.learnerEventsOf(nomisId, request.username);
  }
}
