import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Audit } from '@libs/queue';
import { pathDetails, pathParams, argumentOf } from '../audit/audit-details';
import { ApiHmppsIdParam } from '../common/openapi';
import type { FastifyRequest } from 'fastify';
import { DataResponse, dataResponse } from '../common/envelopes';
import { ApiDataOk, ApiErrors } from '../common/response-classes';
import { AuthorisedConsumer } from '../consumers/authorised-consumer';
import { Consumer } from '../consumers/consumer.decorator';
import { PrisonPayBand, PrisonRegime, RunningActivity } from '../domain/activities';
import { ActivityScheduledInstanceForPrisoner, AppointmentDetails } from '../domain/prisoner-activities';
import { AppointmentSearchRequest, ScheduledInstancesQuery } from './prisoner-activities.dto';
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

  @Get('prisoners/:hmppsId/scheduled-instances')
  @ApiOperation({
    summary: 'Returns all scheduled instances for a prisoner given a prisonId and hmppsId.',
    description: 'Applicable filters: prisons (of the path and of the person), supervision statuses.',
  })
  @ApiHmppsIdParam()
  @ApiDataOk(ActivityScheduledInstanceForPrisoner, FOUND, { isArray: true })
  @ApiErrors([400, 404])
  @Audit('GET_SCHEDULED_INSTANCES_FOR_PRISONER', scheduledInstancesDetails)
  async getScheduledInstances(
    @Param('prisonId') prisonId: string,
    @Param('hmppsId') hmppsId: string,
    @Query() query: ScheduledInstancesQuery,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<ActivityScheduledInstanceForPrisoner[]>> {
    return dataResponse(await this.service.getScheduledInstances(prisonId, hmppsId, query, consumer.filters));
  }

  @Post('appointments/search')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Returns all appointments within a specified prison, which match the request body parameters.',
    description: PRISONS_FILTER,
  })
  @ApiDataOk(AppointmentDetails, FOUND, { isArray: true })
  @ApiErrors([400, 404], { body: true })
  @Audit('SEARCH_APPOINTMENTS', (request: FastifyRequest) => ({
    prisonId: pathParams(request).prisonId,
    startDate: (request.body as { startDate?: string } | null)?.startDate,
  }))
  async searchAppointments(
    @Param('prisonId') prisonId: string,
    @Body() request: AppointmentSearchRequest,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<AppointmentDetails[]>> {
    return dataResponse(await this.service.searchAppointments(prisonId, request, consumer.filters));
  }
}

/** HEAD's details: the path, the dates and the slot (null when not asked for). */
function scheduledInstancesDetails(
  request: FastifyRequest,
  args: readonly unknown[],
): Record<string, unknown> {
  const { prisonId, hmppsId } = pathParams(request);
  const { startDate, endDate, slot } = argumentOf(ScheduledInstancesQuery, args);
  return { prisonId, hmppsId, startDate, endDate, slot: slot ?? null };
}
