import { Audit } from '@libs/queue';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { pathDetails } from '../../audit/audit-details';
import { DataResponse, dataResponse } from '../../common/envelopes';
import { ApiHmppsIdParam } from '../../common/openapi';
import { ApiDataOk, ApiErrors } from '../../common/response-classes';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { PrisonerBaseLocation } from '../../domain/location';
import { PrisonerBaseLocationService } from './prisoner-base-location.service';

@ApiTags('persons', 'education')
@Controller('v1/persons/:hmppsId/prisoner-base-location')
export class PrisonerBaseLocationController {
  constructor(private readonly service: PrisonerBaseLocationService) {}

  @Get()
  @ApiOperation({
    summary: "Returns prisoner's base location of a person",
    description: 'Applicable filters: prisons (the current prison, or the last one when out of prison).',
  })
  @ApiHmppsIdParam()
  @ApiDataOk(PrisonerBaseLocation, "Successfully found prisoner's base location.")
  @ApiErrors([400, 404])
  @Audit('GET_PERSON_PRISONER_BASE_LOCATION', pathDetails('hmppsId'))
  async getBaseLocation(
    @Param('hmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<PrisonerBaseLocation>> {
    return dataResponse(await this.service.getBaseLocation(hmppsId, consumer.filters));
  }
}
