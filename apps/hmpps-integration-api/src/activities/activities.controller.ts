import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Audit } from '@libs/queue';
import { pathDetails } from '../audit/audit-details';
import { DataResponse, dataResponse } from '../common/envelopes';
import { ApiDataOk, ApiErrors } from '../common/response-classes';
import { AuthorisedConsumer } from '../consumers/authorised-consumer';
import { Consumer } from '../consumers/consumer.decorator';
import { ActivitySchedule, DeallocationReason, ReasonForAttendance } from '../domain/activities';
import { ActivitiesService } from './activities.service';
import { ActivityIdParams } from './activity-id.params';

const PRISONS_FILTER = 'Applicable filters: prisons.';
const EMPTY_LIST =
  'Successfully performed the query on upstream APIs. An empty list is returned when no results are found.';

@ApiTags('activities')
@Controller('v1/activities')
export class ActivitiesController {
  constructor(private readonly service: ActivitiesService) {}

  @Get('attendance-reasons')
  @ApiOperation({ summary: 'Gets possible reasons for attendance.', description: PRISONS_FILTER })
  @ApiDataOk(ReasonForAttendance, EMPTY_LIST, { isArray: true })
  @ApiErrors([])
  @Audit('GET_ATTENDANCE_REASONS')
  async getAttendanceReasons(): Promise<DataResponse<ReasonForAttendance[]>> {
    return dataResponse(await this.service.getAttendanceReasons());
  }

  @Get('deallocation-reasons')
  @ApiOperation({ summary: 'Gets possible reasons for deallocation.', description: PRISONS_FILTER })
  @ApiDataOk(DeallocationReason, EMPTY_LIST, { isArray: true })
  @ApiErrors([])
  @Audit('GET_DEALLOCATION_REASONS')
  async getDeallocationReasons(): Promise<DataResponse<DeallocationReason[]>> {
    return dataResponse(await this.service.getDeallocationReasons());
  }

  @Get(':activityId/schedules')
  @ApiOperation({ summary: 'Gets the schedule for an activity.', description: PRISONS_FILTER })
  @ApiDataOk(ActivitySchedule, EMPTY_LIST, { isArray: true })
  @ApiErrors([400, 404])
  @Audit('GET_ACTIVITY_SCHEDULES', pathDetails('activityId'))
  async getActivitySchedules(
    @Param() params: ActivityIdParams,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<ActivitySchedule[]>> {
    return dataResponse(await this.service.getActivitySchedules(params.activityId, consumer.filters));
  }
}
