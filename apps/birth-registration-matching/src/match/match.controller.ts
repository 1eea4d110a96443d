import { randomUUID } from 'node:crypto';
import { Body, Controller, Header, HttpCode, Post, Req, type Type, UseInterceptors } from '@nestjs/common';
import {
  ApiBody,
  ApiExtraModels,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { OptionalHeader } from '@libs/auth';
import type { FastifyRequest } from 'fastify';
import { BrmErrorBody, MatchAnswer, VENDOR_MEDIA_TYPE } from './brm-response';
import { PlatformErrorBody } from './platform-errors';
import { MatchRequestDto, toMatchPayload } from './match-request.dto';
import { brmKeyOf, MatchRequestInterceptor } from './match-request.interceptor';
import { MatchService } from './match.service';

/** A status answered in either shape: both are generated classes, referenced by name. */
function oneOf(...models: Type<unknown>[]): { oneOf: { $ref: string }[] } {
  return { oneOf: models.map((model) => ({ $ref: getSchemaPath(model) })) };
}

@ApiTags('Birth Registration Matching')
@ApiExtraModels(BrmErrorBody, PlatformErrorBody)
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
  @ApiOkResponse({ type: MatchAnswer, description: 'Whether the details match a birth record' })
  @ApiResponse({
    status: 400,
    description:
      'BAD_REQUEST, INVALID_FIRSTNAME, INVALID_ADDITIONALNAMES, INVALID_LASTNAME, INVALID_DATE_OF_BIRTH, INVALID_BIRTH_REFERENCE_NUMBER; a body that is not JSON gets the platform shape',
    schema: oneOf(BrmErrorBody, PlatformErrorBody),
  })
  @ApiResponse({ status: 401, type: BrmErrorBody, description: 'INVALID_AUDITSOURCE' })
  @ApiResponse({ status: 403, type: BrmErrorBody, description: 'INVALID_WHERE_BIRTH_REGISTERED' })
  @ApiResponse({
    status: 406,
    type: BrmErrorBody,
    description: 'INVALID_ACCEPT_HEADER, INVALID_CONTENT_TYPE',
  })
  @ApiResponse({ status: 413, type: PlatformErrorBody, description: 'The body is over 100 KiB' })
  @ApiResponse({
    status: 415,
    type: PlatformErrorBody,
    description: 'Content-Type is not application/json or text/json',
  })
  @ApiResponse({
    status: 500,
    description:
      'GRO_UNEXPECTED_RESPONSE, NRS_UNEXPECTED_RESPONSE, GRO_NI_UNEXPECTED_RESPONSE, INTERNAL_SERVER_ERROR; an error outside the match gets the platform shape',
    schema: oneOf(BrmErrorBody, PlatformErrorBody),
  })
  @ApiResponse({
    status: 503,
    type: BrmErrorBody,
    description: 'GRO_CONNECTION_DOWN, NRS_CONNECTION_DOWN, DES_CONNECTION_DOWN',
  })
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
