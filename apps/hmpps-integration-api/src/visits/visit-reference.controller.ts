import { Audit } from '@libs/queue';
import { pathDetails } from '../audit/audit-details';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { DataResponse, dataResponse } from '../common/envelopes';
import { ApiOperationErrors } from '../common/openapi';
import { ApiDataOk } from '../common/response-classes';
import { AuthorisedConsumer } from '../consumers/authorised-consumer';
import { Consumer } from '../consumers/consumer.decorator';
import { Visit } from '../domain/visit';
import { VisitReferenceService } from './visit-reference.service';

@ApiTags('visits')
@Controller('v1/visit')
export class VisitReferenceController {
  constructor(private readonly service: VisitReferenceService) {}

  @Get(':visitReference')
  @ApiOperation({
    summary: 'Get visit information for a visit by visit reference.',
    description: "Applicable filters: prisons (the visit's prison).",
  })
  @ApiParam({ name: 'visitReference', description: 'The visit reference number relating to the visit.' })
  @ApiDataOk(Visit, 'Successfully found visit information for a given visit reference.')
  @ApiOperationErrors(404)
  @Audit('GET_VISIT_INFORMATION_BY_REFERENCE', pathDetails('visitReference'))
  async getVisit(
    @Param('visitReference') visitReference: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<Visit>> {
    const visit = await this.service.getVisit(visitReference, consumer.filters);
    return dataResponse(visit);
  }
}
