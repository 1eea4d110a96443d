import { randomUUID } from 'node:crypto';
import { Body, Controller, Header, HttpCode, Post, Req, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { OptionalHeader } from '@libs/auth';
import type { FastifyRequest } from 'fastify';
import { MatchAnswer, VENDOR_MEDIA_TYPE } from './brm-response';
import { MatchRequestDto, toMatchPayload } from './match-request.dto';
import { brmKeyOf, MatchRequestInterceptor } from './match-request.interceptor';
import { MatchService } from './match.service';

@ApiTags('Birth Registration Matching')
@Controller('birth-registration-matching')
export class MatchController {
  constructor(private readonly matchService: MatchService) {}

  @Post('match')
  @UseInterceptors(MatchRequestInterceptor)
  @HttpCode(200)
  @Header('Accept', VENDOR_MEDIA_TYPE)
  @ApiOperation({ summary: "Does a child's birth registration match these details?" })
  @ApiHeader({ name: 'Accept', required: true, example: VENDOR_MEDIA_TYPE })
  // The vendor media type is what the API answers in; Swagger UI then sends it as the Accept header.
  @ApiProduces(VENDOR_MEDIA_TYPE)
  @ApiHeader({ name: 'Audit-Source', required: true, example: 'dfs', description: 'Calling service' })
  @ApiBody({ type: MatchRequestDto })
  @ApiResponse({ status: 200, type: MatchAnswer, description: 'Whether the details match a birth record' })
  @ApiResponse({
    status: 400,
    description:
      'BAD_REQUEST, INVALID_FIRSTNAME, INVALID_ADDITIONALNAMES, INVALID_LASTNAME, INVALID_DATE_OF_BIRTH, INVALID_BIRTH_REFERENCE_NUMBER',
  })
  @ApiResponse({ status: 401, description: 'INVALID_AUDITSOURCE' })
  @ApiResponse({ status: 403, description: 'INVALID_WHERE_BIRTH_REGISTERED' })
  @ApiResponse({ status: 406, description: 'INVALID_ACCEPT_HEADER, INVALID_CONTENT_TYPE' })
  @ApiResponse({ status: 415, description: 'Content-Type is not application/json or text/json' })
  @ApiResponse({
    status: 500,
    description: 'GRO_UNEXPECTED_RESPONSE, NRS_UNEXPECTED_RESPONSE, INTERNAL_SERVER_ERROR',
  })
  @ApiResponse({ status: 503, description: 'GRO_CONNECTION_DOWN, NRS_CONNECTION_DOWN, DES_CONNECTION_DOWN' })
  match(
    @Req() request: FastifyRequest,
    @Body() body: MatchRequestDto,
    @OptionalHeader('X-Correlation-ID') correlationId: string | undefined,
    @OptionalHeader('X-Request-ID') inboundRequestId: string | undefined,
  ): Promise<MatchAnswer> {
    return this.matchService.match(toMatchPayload(body), {
      brmKey: brmKeyOf(request),
      correlationId: correlationId ?? randomUUID(),
      requestId: inboundRequestId ?? 'unknown',
    });
  }
}
