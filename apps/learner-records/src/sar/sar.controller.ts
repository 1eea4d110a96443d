import { Roles } from '@libs/auth';
import { ApiError } from '@libs/errors';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ROLE_SAR_DATA_ACCESS } from '../common/roles';
import { isCalendarDate, storableTextProblems } from '../common/validation-rules';
import { ApiEmptyResponse, ApiErrors } from '../common/api-docs';
import { SarContent, SarErrorBody } from './sar-responses';
import { SarService } from './sar.service';

/** The first day PostgreSQL's `date` can hold within four-digit years. */
const EARLIEST_DATE = '0001-01-01';

/** The HMPPS library's own error body, used by this endpoint only (numeric status). */
function sarBadRequest(message: string): ApiError {
  return new ApiError(400, { status: 400, userMessage: message, developerMessage: message });
}

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
  @ApiQuery({ name: 'prn', required: false, description: 'NOMIS prisoner number' })
  @ApiQuery({
    name: 'crn',
    required: false,
    description: 'Probation case reference (not held by this service: 209)',
  })
  @ApiQuery({ name: 'fromDate', required: false, description: 'YYYY-MM-DD, inclusive' })
  @ApiQuery({ name: 'toDate', required: false, description: 'YYYY-MM-DD, inclusive' })
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
    @Query('prn') prn?: string,
    @Query('crn') crn?: string,
    @Query('fromDate') fromDate?: string,
    @Query('toDate') toDate?: string,
  ): Promise<SarContent | undefined> {
    // A repeated query parameter arrives as a list, and text PostgreSQL cannot store (NUL) would reach
    // the query: both are the caller's mistake, answered 400 rather than failing in the database.
    for (const [name, value] of Object.entries({ prn, crn, fromDate, toDate })) {
      if (value === undefined) continue;
      if (typeof value !== 'string') throw sarBadRequest(`${name} must be given once.`);
      const problems = storableTextProblems(value);
      if (problems.length > 0) throw sarBadRequest(`${name} ${problems.join(', ')}.`);
    }
    if (!prn && !crn) throw sarBadRequest('One of prn or crn must be supplied.');
    for (const [name, value] of [
      ['fromDate', fromDate],
      ['toDate', toDate],
    ] as const) {
      if (value !== undefined && !isCalendarDate(value))
        throw sarBadRequest(`${name} must be a date in the format YYYY-MM-DD.`);
      // PostgreSQL has no year 0 (the pattern allows years 0000-9999): refused here, not by the database.
      if (value !== undefined && value < EARLIEST_DATE)
        throw sarBadRequest(`${name} must be a date from ${EARLIEST_DATE} to 9999-12-31.`);
    }
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
