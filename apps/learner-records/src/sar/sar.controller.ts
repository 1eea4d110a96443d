import { Roles } from '@libs/auth';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ROLE_SAR_DATA_ACCESS } from '../common/roles';
import { ApiEmptyResponse, ApiErrors } from '../common/api-docs';
import { SarContent, SarErrorBody } from './sar-responses';
import { sarBadRequest } from './sar-errors';
import { SarQuery } from './sar-query.dto';
import { SarService } from './sar.service';

@ApiTags('Subject access request')
@Controller('subject-access-request')
export class SarController {
  constructor(private readonly sar: SarService) {}

  @Get()
  @Roles(ROLE_SAR_DATA_ACCESS)
  @ApiBearerAuth(ROLE_SAR_DATA_ACCESS)
  @ApiOperation({
    summary: 'Everything stored about a prisoner (HMPPS subject access request)',
    description: `Role ${ROLE_SAR_DATA_ACCESS}.`,
  })
  @ApiResponse({ status: 200, type: SarContent, description: 'Every stored decision, history included' })
  @ApiResponse({ status: 204, description: 'Nothing held about this prisoner' })
  @ApiEmptyResponse(209, 'Only a CRN was given: this service holds no probation data')
  @ApiResponse({
    status: 400,
    type: SarErrorBody,
    description: 'Neither prn nor crn, a repeated parameter, a control character or a malformed date',
  })
  @ApiErrors(403)
  async subjectAccessRequest(
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() query: SarQuery,
  ): Promise<SarContent | undefined> {
    const { prn, crn, fromDate, toDate } = query;
    if (!prn && !crn) throw sarBadRequest('One of prn or crn must be supplied.');
    if (!prn) {
      reply.status(209);
      return undefined;
    }
    const content = await this.sar.matchesOf(prn, fromDate, toDate);
    if (content.length === 0) {
      reply.status(204);
      return undefined;
    }
    return { content };
  }
}
