import { Injectable } from '@nestjs/common';
import { QueryParams } from '@libs/upstream';
import { ServiceResult, UpstreamApi } from '../../common/upstream-api-error';
import {
  ActivityScheduleAtPrison,
  DeallocationReason,
  PrisonPayBand,
  PrisonRegime,
  ReasonForAttendance,
  RunningActivity,
} from '../../domain/activities';
import {
  ActivityScheduledInstanceForPrisoner,
  AppointmentDetails,
  HistoricalAttendance,
} from '../../domain/prisoner-activities';
import { SuitabilityCriteria, WaitingListApplication } from '../../domain/activity-suitability';
import { Attendance, ScheduleDetailsAtPrison } from '../../domain/activity-schedule-detailed';
import { ErrorPolicy, Gateway, segment } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import { ActivitiesJson, ACTIVITIES_UPSTREAM } from './activities-json';
import {
  toActivityScheduleAtPrison,
  toDeallocationReason,
  toPrisonPayBand,
  toPrisonRegime,
  toReasonForAttendance,
  toRunningActivity,
} from './activities.dto';
import { toAttendance, toScheduleDetailsAtPrison } from './activity-schedule-detailed.dto';
import { toSuitabilityCriteria, toWaitingListApplication } from './activity-suitability.dto';
import { toAppointmentDetails, toHistoricalAttendance, toScheduledInstance } from './prisoner-activities.dto';

/** The upstream's 400s are the operations' "Invalid query parameters."; other refusals fail the request. */
const BAD_REQUEST_AS_ERROR: ErrorPolicy = { badRequestAsError: true };
/** The reference lists are refused with 403 to clients without the role. */
const FORBIDDEN_AS_ERROR: ErrorPolicy = { forbiddenAsError: true };

/** Activities and Appointments (`/integration-api/…`, the paths it keeps for this API). */
@Injectable()
export class ActivitiesGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(clients, 'activities', ACTIVITIES_UPSTREAM, UpstreamApi.ACTIVITIES);
  }

  getAttendanceReasons(): Promise<ServiceResult<ReasonForAttendance[] | null>> {
    return this.list(
      '/integration-api/attendance-reasons',
      'AttendanceReason',
      toReasonForAttendance,
      FORBIDDEN_AS_ERROR,
    );
  }

  getDeallocationReasons(): Promise<ServiceResult<DeallocationReason[] | null>> {
    return this.list(
      '/integration-api/allocations/deallocation-reasons',
      'DeallocationReason',
      toDeallocationReason,
      FORBIDDEN_AS_ERROR,
    );
  }

  getPrisonRegime(prisonCode: string): Promise<ServiceResult<PrisonRegime[] | null>> {
    return this.list(
      `/integration-api/prison/prison-regime/${segment(prisonCode)}`,
      'PrisonRegime',
      toPrisonRegime,
    );
  }

  getPrisonPayBands(prisonCode: string): Promise<ServiceResult<PrisonPayBand[] | null>> {
    return this.list(
      `/integration-api/prison/${segment(prisonCode)}/prison-pay-bands`,
      'PrisonPayBand',
      toPrisonPayBand,
    );
  }

  getRunningActivities(prisonCode: string): Promise<ServiceResult<RunningActivity[] | null>> {
    return this.list(
      `/integration-api/prison/${segment(prisonCode)}/activities`,
      'ActivitySummary',
      toRunningActivity,
    );
  }

  getActivitySchedules(activityId: string): Promise<ServiceResult<ActivityScheduleAtPrison[] | null>> {
    return this.list(
      `/integration-api/activities/${segment(activityId)}/schedules`,
      'ActivityScheduleLite',
      toActivityScheduleAtPrison,
    );
  }

  getScheduleDetails(scheduleId: string): Promise<ServiceResult<ScheduleDetailsAtPrison | null>> {
    return this.one(
      `/integration-api/schedules/${segment(scheduleId)}`,
      'ActivitySchedule',
      toScheduleDetailsAtPrison,
    );
  }

  getAttendance(attendanceId: number): Promise<ServiceResult<Attendance | null>> {
    return this.one(`/integration-api/attendances/${segment(attendanceId)}`, 'Attendance', toAttendance);
  }

  getSuitabilityCriteria(scheduleId: string): Promise<ServiceResult<SuitabilityCriteria | null>> {
    return this.one(
      `/integration-api/activities/schedule/${segment(scheduleId)}/suitability-criteria`,
      'ActivitySuitabilityCriteria',
      toSuitabilityCriteria,
    );
  }

  /** The service scopes waiting lists by caseload: the schedule's prison goes in `Caseload-Id`. */
  getWaitingListApplications(
    scheduleId: string,
    prisonCode: string,
  ): Promise<ServiceResult<WaitingListApplication[] | null>> {
    return this.list(
      `/integration-api/schedules/${segment(scheduleId)}/waiting-list-applications`,
      'WaitingListApplication',
      toWaitingListApplication,
      BAD_REQUEST_AS_ERROR,
      { 'Caseload-Id': prisonCode },
    );
  }

  getHistoricalAttendances(
    prisonerNumber: string,
    query: { startDate: string; endDate: string; prisonCode?: string },
  ): Promise<ServiceResult<HistoricalAttendance[] | null>> {
    return this.list(
      `/integration-api/attendances/prisoner/${segment(prisonerNumber)}`,
      'Attendance',
      toHistoricalAttendance,
      BAD_REQUEST_AS_ERROR,
      undefined,
      query,
    );
  }

  getScheduledInstances(
    prisonCode: string,
    prisonerNumber: string,
    query: { startDate: string; endDate: string; slot?: string },
  ): Promise<ServiceResult<ActivityScheduledInstanceForPrisoner[] | null>> {
    return this.list(
      `/integration-api/prisons/${segment(prisonCode)}/prisoner/${segment(prisonerNumber)}/scheduled-instances`,
      'PrisonerScheduledActivity',
      toScheduledInstance,
      BAD_REQUEST_AS_ERROR,
      undefined,
      query,
    );
  }

  /** A search that only reads, so it is retried like a GET. */
  async searchAppointments(
    prisonCode: string,
    search: Record<string, unknown>,
  ): Promise<ServiceResult<AppointmentDetails[] | null>> {
    const result = await this.search<unknown>(
      `/integration-api/appointments/${segment(prisonCode)}/search`,
      search,
      undefined,
      BAD_REQUEST_AS_ERROR,
    );
    return {
      data:
        result.data === null
          ? null
          : ActivitiesJson.list(result.data, 'AppointmentSearchResult', toAppointmentDetails),
      errors: result.errors,
    };
  }

  private async one<T>(
    path: string,
    model: string,
    map: (json: ActivitiesJson) => T,
  ): Promise<ServiceResult<T | null>> {
    const result = await this.get<unknown>(path, undefined, BAD_REQUEST_AS_ERROR);
    return {
      data: result.data === null ? null : map(ActivitiesJson.of(result.data, model)),
      errors: result.errors,
    };
  }

  private async list<T>(
    path: string,
    model: string,
    map: (json: ActivitiesJson) => T,
    policy: ErrorPolicy = BAD_REQUEST_AS_ERROR,
    headers?: Record<string, string>,
    query?: QueryParams,
  ): Promise<ServiceResult<T[] | null>> {
    const result = await this.get<unknown>(path, query, policy, headers);
    return {
      data: result.data === null ? null : ActivitiesJson.list(result.data, model, map),
      errors: result.errors,
    };
  }
}
