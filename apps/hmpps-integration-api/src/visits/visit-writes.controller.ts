import { Audit } from '@libs/queue';
import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { pathDetails, pathParams } from '../audit/audit-details';
import { DataResponse, dataResponse } from '../common/envelopes';
import { ApiDataOk, ApiErrors } from '../common/response-classes';
import { AuthorisedConsumer } from '../consumers/authorised-consumer';
import { Consumer } from '../consumers/consumer.decorator';
import { HmppsMessageResponse } from '../hmpps-messages/hmpps-message';
import {
  CancelVisitRequest,
  CreateVisitRequest,
  UpdateVisitRequest,
  VisitReferences,
} from './visit-write-requests.dto';
import { VisitWritesService } from './visit-writes.service';

const EXISTENCE_ONLY =
  'This API only validates the existence of the entities included. It does not perform any checking of the ' +
  'suitability of the visit. That responsibility is left to the client. Applicable filters: prisons.';

const clientName = (request: FastifyRequest) => request.consumer?.name ?? '';
const VisitReferenceParam = () =>
  ApiParam({ name: 'visitReference', description: 'The visit reference number relating to the visit.' });

/** HEAD's visit writes (queued for Manage Prison Visits) and the lookup by a client system's reference. */
@ApiTags('visits')
@Controller('v1/visit')
export class VisitWritesController {
  constructor(private readonly service: VisitWritesService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Report the creation of a visit in an external system.',
    description: EXISTENCE_ONLY,
  })
  @ApiBody({ type: CreateVisitRequest })
  @ApiDataOk(HmppsMessageResponse, 'Successfully wrote to visit queue.')
  @ApiErrors([400, 404], { body: true })
  @Audit('POST_VISIT', (request) => {
    const body = request.body as CreateVisitRequest;
    return {
      prisonerId: body.prisonerId,
      clientVisitReference: body.clientVisitReference,
      clientName: clientName(request),
    };
  })
  async create(
    @Body() request: CreateVisitRequest,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<HmppsMessageResponse>> {
    return dataResponse(await this.service.create(request, consumer.name, consumer.filters));
  }

  @Put(':visitReference')
  @ApiOperation({
    summary: 'Report the update of a visit in an external system.',
    description: EXISTENCE_ONLY,
  })
  @VisitReferenceParam()
  @ApiBody({ type: UpdateVisitRequest })
  @ApiDataOk(HmppsMessageResponse, 'Successfully wrote to visit queue.')
  @ApiErrors([400, 404], { body: true })
  @Audit('POST_UPDATE_VISIT', (request) => ({
    visitReference: pathParams(request).visitReference,
    clientName: clientName(request),
  }))
  async update(
    @Param('visitReference') visitReference: string,
    @Body() request: UpdateVisitRequest,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<HmppsMessageResponse>> {
    return dataResponse(await this.service.update(visitReference, request, consumer.name, consumer.filters));
  }

  @Post(':visitReference/cancel')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Report the cancellation of a visit in an external system.',
    description: 'Applicable filters: prisons.',
  })
  @VisitReferenceParam()
  @ApiBody({ type: CancelVisitRequest })
  @ApiDataOk(HmppsMessageResponse, 'Successfully wrote to visit queue.')
  @ApiErrors([400, 404], { body: true })
  @Audit('POST_CANCEL_VISIT', (request) => ({
    visitReference: pathParams(request).visitReference,
    clientName: clientName(request),
  }))
  async cancel(
    @Param('visitReference') visitReference: string,
    @Body() request: CancelVisitRequest,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<HmppsMessageResponse>> {
    return dataResponse(await this.service.cancel(visitReference, request, consumer.name, consumer.filters));
  }

  @Get('id/by-client-ref/:clientReference')
  @ApiOperation({
    summary: 'Get visit references from given client reference.',
    description: "Applicable filters: prisons (every visit's prison).",
  })
  @ApiParam({ name: 'clientReference', description: 'The visit’s reference in the client system.' })
  @ApiDataOk(VisitReferences, 'Successfully found visit references for a given client reference.')
  @ApiErrors([404])
  @Audit('GET_VISIT_REFERENCES_BY_CLIENT_REFERENCE', pathDetails('clientReference'))
  async referencesByClientReference(
    @Param('clientReference') clientReference: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<VisitReferences>> {
    const visitReferences = await this.service.referencesByClientReference(clientReference, consumer.filters);
    return dataResponse({ visitReferences });
  }
}
