import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Audit } from '@libs/queue';
import { argumentOf } from '../audit/audit-details';
import { DataResponse, dataResponse } from '../common/envelopes';
import { ApiDataOk, ApiErrors } from '../common/response-classes';
import { AuthorisedConsumer } from '../consumers/authorised-consumer';
import { Consumer } from '../consumers/consumer.decorator';
import { BodyList } from '../common/request-body';
import { ActivitySchedule, DeallocationReason, ReasonForAttendance } from '../domain/activities';
import { ActivityScheduleDetailed } from '../domain/activity-schedule-detailed';
import { SuitabilityCriteria, WaitingListApplication } from '../domain/activity-suitability';
import { HmppsMessageResponse } from '../hmpps-messages/hmpps-message';
import { ActivitiesQueueService } from './activities-queue.service';
import { AttendanceUpdateRequest, PrisonerDeallocationRequest } from './activities-write.dto';
import { PrisonerAllocationRequest } from './allocation-request.dto';
import { ActivitiesService } from './activities.service';
import { ActivityIdParams, ScheduleIdParams } from './activity-id.params';

const PRISONS_FILTER = 'Applicable filters: prisons.';
const EMPTY_LIST =
  'Successfully performed the query on upstream APIs. An empty list is returned when no results are found.';

/** HEAD audits these with `mapOf()`: details `{}`, not none. */
const NO_DETAILS = () => ({});

/** HEAD audits the ids as its `Long`s write them: the converted path parameters, not the text sent. */
const ACTIVITY_ID = (_request: FastifyRequest, args: readonly unknown[]) => ({
  activityId: argumentOf(ActivityIdParams, args).activityId,
});
const SCHEDULE_ID = (_request: FastifyRequest, args: readonly unknown[]) => ({
  scheduleId: argumentOf(ScheduleIdParams, args).scheduleId,
});

/** At most this many attendances in one update: a bounded body, each attendance checked upstream. */
const MAX_ATTENDANCES = 100;

/** `attendanceIds` as HEAD writes it: the ids joined with ", ". */
function attendanceIds(_request: unknown, [requests]: readonly unknown[]): Record<string, string> {
  return { attendanceIds: (requests as AttendanceUpdateRequest[]).map((item) => String(item.id)).join(', ') };
}

@ApiTags('activities')
@Controller('v1/activities')
export class ActivitiesController {
  constructor(
    private readonly service: ActivitiesService,
    private readonly queue: ActivitiesQueueService,
  ) {}

  @Get('attendance-reasons')
  @ApiOperation({ summary: 'Gets possible reasons for attendance.', description: PRISONS_FILTER })
  @ApiDataOk(ReasonForAttendance, EMPTY_LIST, { isArray: true })
  @ApiErrors([])
  @Audit('GET_ATTENDANCE_REASONS', NO_DETAILS)
  async getAttendanceReasons(): Promise<DataResponse<ReasonForAttendance[]>> {
    return dataResponse(await this.service.getAttendanceReasons());
  }

  @Get('deallocation-reasons')
  @ApiOperation({ summary: 'Gets possible reasons for deallocation.', description: PRISONS_FILTER })
  @ApiDataOk(DeallocationReason, EMPTY_LIST, { isArray: true })
  @ApiErrors([])
  @Audit('GET_DEALLOCATION_REASONS', NO_DETAILS)
  async getDeallocationReasons(): Promise<DataResponse<DeallocationReason[]>> {
    return dataResponse(await this.service.getDeallocationReasons());
  }

  @Get(':activityId/schedules')
  @ApiOperation({ summary: 'Gets the schedule for an activity.', description: PRISONS_FILTER })
  @ApiDataOk(ActivitySchedule, EMPTY_LIST, { isArray: true })
  @ApiErrors([400, 404])
  @Audit('GET_ACTIVITY_SCHEDULES', ACTIVITY_ID)
  async getActivitySchedules(
    @Param() params: ActivityIdParams,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<ActivitySchedule[]>> {
    return dataResponse(await this.service.getActivitySchedules(params.activityId, consumer.filters));
  }

  @Get('schedule/:scheduleId')
  @ApiOperation({ summary: 'Gets the schedule details for an activity.', description: PRISONS_FILTER })
  @ApiDataOk(ActivityScheduleDetailed, 'Successfully performed the query on upstream APIs.')
  @ApiErrors([400, 404])
  @Audit('GET_SCHEDULE_DETAILS', SCHEDULE_ID)
  async getScheduleDetails(
    @Param() params: ScheduleIdParams,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<ActivityScheduleDetailed>> {
    return dataResponse(await this.service.getScheduleDetails(params.scheduleId, consumer.filters));
  }

  @Get('schedule/:scheduleId/suitability-criteria')
  @ApiOperation({
    summary: 'Gets the suitability criteria for allocating prisoners to a particular activity schedule',
    description: PRISONS_FILTER,
  })
  @ApiDataOk(SuitabilityCriteria, 'Successfully performed the query on upstream APIs.')
  @ApiErrors([400, 404])
  @Audit('GET_ACTIVITY_SCHEDULE_SUITABILITY_CRITERIA', SCHEDULE_ID)
  async getSuitabilityCriteria(
    @Param() params: ScheduleIdParams,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<SuitabilityCriteria>> {
    return dataResponse(await this.service.getSuitabilityCriteria(params.scheduleId, consumer.filters));
  }

  @Get('schedule/:scheduleId/waiting-list-applications')
  @ApiOperation({
    summary: 'Gets the waiting list applications for an activity.',
    description: PRISONS_FILTER,
  })
  @ApiDataOk(WaitingListApplication, EMPTY_LIST, { isArray: true })
  @ApiErrors([400, 404])
  @Audit('GET_WAITING_LIST_APPLICATIONS_BY_ID', SCHEDULE_ID)
  async getWaitingListApplications(
    @Param() params: ScheduleIdParams,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<WaitingListApplication[]>> {
    return dataResponse(await this.service.getWaitingListApplications(params.scheduleId, consumer.filters));
  }

  @Put('schedule/attendance')
  @ApiOperation({
    summary:
      'Mark prisoner attendances. The attendances are created at the start of the day for the day’s activities. Get the attendance IDs by calling the get schedule by its ID.',
    description: `${PRISONS_FILTER} Each attendance must be known to Activities and be for a prisoner held in one of the consumer's prisons; the update is then written to the Activities service's queue.`,
  })
  @ApiBody({ type: [AttendanceUpdateRequest] })
  @ApiDataOk(HmppsMessageResponse, 'Attendance update written to queue.')
  @ApiErrors([400, 404], { body: true })
  @Audit('PUT_ATTENDANCE', attendanceIds)
  async putAttendance(
    @BodyList(AttendanceUpdateRequest, { min: 1, max: MAX_ATTENDANCES }) requests: AttendanceUpdateRequest[],
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<HmppsMessageResponse>> {
    return dataResponse(await this.queue.sendAttendanceUpdates(requests, consumer.name, consumer.filters));
  }

  @Put('schedule/:scheduleId/deallocate')
  @ApiOperation({ summary: 'Deallocate prisoner from activity.', description: PRISONS_FILTER })
  @ApiDataOk(HmppsMessageResponse, 'Prisoner deallocation written to queue.')
  @ApiErrors([400, 404], { body: true })
  @Audit('PUT_DEALLOCATE_PRISONER_FROM_ACTIVITY', SCHEDULE_ID)
  async putDeallocation(
    @Param() params: ScheduleIdParams,
    @Body() request: PrisonerDeallocationRequest,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<HmppsMessageResponse>> {
    return dataResponse(
      await this.queue.sendDeallocation(params.scheduleId, request, consumer.name, consumer.filters),
    );
  }

  @Post('schedule/:scheduleId/allocate')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Allocate prisoner to activity.',
    description: `${PRISONS_FILTER} The allocation is checked against the schedule (prison, dates, pay band, existing allocation, exclusions, waiting list) before it is written to the Activities service's queue.`,
  })
  @ApiDataOk(HmppsMessageResponse, 'Prisoner allocation written to queue.')
  @ApiErrors([400, 404, 409], { body: true })
  @Audit('POST_ALLOCATE_PRISONER_TO_ACTIVITY', SCHEDULE_ID)
  async postAllocation(
    @Param() params: ScheduleIdParams,
    @Body() request: PrisonerAllocationRequest,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<HmppsMessageResponse>> {
    return dataResponse(
      await this.queue.sendAllocation(params.scheduleId, request, consumer.name, consumer.filters),
    );
  }
}
