import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Audit } from '@libs/queue';
import { pathDetails } from '../audit/audit-details';
import { DataResponse, dataResponse } from '../common/envelopes';
import { ApiDataOk, ApiErrors } from '../common/response-classes';
import { AuthorisedConsumer } from '../consumers/authorised-consumer';
import { Consumer } from '../consumers/consumer.decorator';
import { PrisonPayBand, PrisonRegime, RunningActivity } from '../domain/activities';
import { ActivitiesService } from './activities.service';

const PRISONS_FILTER = 'Applicable filters: prisons.';
const FOUND = 'Successfully performed the query on upstream APIs.';

/** The prison-level Activities operations of `/v1/prison/{prisonId}/…`. */
@ApiTags('activities')
@Controller('v1/prison/:prisonId')
@ApiParam({ name: 'prisonId', description: 'The ID of the prison to be queried against', example: 'MDI' })
export class PrisonActivitiesController {
  constructor(private readonly service: ActivitiesService) {}

  @Get('prison-regime')
  @ApiOperation({ summary: 'Gets the prison regime for a prison.', description: PRISONS_FILTER })
  @ApiDataOk(PrisonRegime, FOUND, { isArray: true })
  @ApiErrors([400, 404])
  @Audit('GET_PRISON_REGIME', pathDetails('prisonId'))
  async getPrisonRegime(
    @Param('prisonId') prisonId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<PrisonRegime[]>> {
    return dataResponse(await this.service.getPrisonRegime(prisonId, consumer.filters));
  }

  @Get('prison-pay-bands')
  @ApiOperation({ summary: 'Gets the prison pay bands for a prison.', description: PRISONS_FILTER })
  @ApiDataOk(PrisonPayBand, FOUND, { isArray: true })
  @ApiErrors([400, 404])
  @Audit('GET_PRISON_PAY_BANDS', pathDetails('prisonId'))
  async getPrisonPayBands(
    @Param('prisonId') prisonId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<PrisonPayBand[]>> {
    return dataResponse(await this.service.getPrisonPayBands(prisonId, consumer.filters));
  }

  @Get('activities')
  @ApiOperation({
    summary: 'Returns all running prison activities given a prisonId',
    description: PRISONS_FILTER,
  })
  @ApiDataOk(RunningActivity, FOUND, { isArray: true })
  @ApiErrors([400, 404])
  @Audit('GET_PRISON_ACTIVITIES', pathDetails('prisonId'))
  async getPrisonActivities(
    @Param('prisonId') prisonId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<RunningActivity[]>> {
    return dataResponse(await this.service.getPrisonActivities(prisonId, consumer.filters));
  }
}
