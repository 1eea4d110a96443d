import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Audit } from '@libs/queue';
import type { FastifyRequest } from 'fastify';
import { pathParams, argumentOf } from '../audit/audit-details';
import { DataResponse, dataResponse } from '../common/envelopes';
import { ApiHmppsIdParam } from '../common/openapi';
import { ApiDataOk, ApiErrors } from '../common/response-classes';
import { AuthorisedConsumer } from '../consumers/authorised-consumer';
import { Consumer } from '../consumers/consumer.decorator';
import { HistoricalAttendance } from '../domain/prisoner-activities';
import { ActivitiesService } from './activities.service';
import { HistoricalAttendancesQuery } from './prisoner-activities.dto';

@ApiTags('activities')
@Controller('v1/prison/prisoners/:hmppsId/activities/attendances')
export class PrisonerAttendancesController {
  constructor(private readonly service: ActivitiesService) {}

  @Get()
  @ApiOperation({
    summary: 'Returns a list of prisoner attendance activities for a given date range',
    description: 'Applicable filters: prisons (the prisoner must be held in one of them).',
  })
  @ApiHmppsIdParam()
  @ApiDataOk(HistoricalAttendance, 'Successfully performed the query on upstream APIs.', { isArray: true })
  @ApiErrors([400, 404])
  @Audit('GET_PRISON_ATTENDANCES', (request: FastifyRequest, args) => {
    const { startDate, endDate } = argumentOf(HistoricalAttendancesQuery, args);
    return { hmppsId: pathParams(request).hmppsId, startDate, endDate };
  })
  async getHistoricalAttendances(
    @Param('hmppsId') hmppsId: string,
    @Query() query: HistoricalAttendancesQuery,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<HistoricalAttendance[]>> {
    return dataResponse(await this.service.getHistoricalAttendances(hmppsId, query, consumer.filters));
  }
}
