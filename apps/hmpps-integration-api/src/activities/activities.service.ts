import { Injectable } from '@nestjs/common';
import { notFound, requireData, throwIfErrors } from '../common/api-errors';
import { ServiceResult } from '../common/upstream-api-error';
import { ConsumerFilters, matchesPrison } from '../consumers/consumer-filters';
import {
  ActivitySchedule,
  DeallocationReason,
  PrisonPayBand,
  PrisonRegime,
  ReasonForAttendance,
  RunningActivity,
} from '../domain/activities';
import { ActivityScheduleDetailed, ScheduleDetailsAtPrison } from '../domain/activity-schedule-detailed';
import { SuitabilityCriteria, WaitingListApplication } from '../domain/activity-suitability';
import {
  ActivityScheduledInstanceForPrisoner,
  AppointmentDetails,
  HistoricalAttendance,
} from '../domain/prisoner-activities';
import { PersonIdentityService } from '../identity/person-identity.service';
import { ActivitiesGateway } from '../upstream/activities/activities.gateway';
import {
  appointmentSearch,
  AppointmentSearchRequest,
  HistoricalAttendancesQuery,
  ScheduledInstancesQuery,
} from './prisoner-activities.dto';

const INVALID_QUERY = 'Invalid query parameters.';
const REGIME_NOT_FOUND = 'Could not find prison regime with supplied query parameters.';

/** The HEAD reads of Activities and Appointments, with the consumer's prisons filter applied as HEAD does. */
@Injectable()
export class ActivitiesService {
  constructor(
    private readonly activities: ActivitiesGateway,
    private readonly identity: PersonIdentityService,
  ) {}

  async getAttendanceReasons(): Promise<ReasonForAttendance[]> {
    return requireData(await this.activities.getAttendanceReasons(), {
      forbidden: 'Access denied to attendance reasons.',
    });
  }

  async getDeallocationReasons(): Promise<DeallocationReason[]> {
    return requireData(await this.activities.getDeallocationReasons(), {
      forbidden: 'Access denied to deallocation reasons.',
    });
  }

  getPrisonRegime(prisonId: string, filters: ConsumerFilters): Promise<PrisonRegime[]> {
    return this.prisonList(prisonId, filters, REGIME_NOT_FOUND, () =>
      this.activities.getPrisonRegime(prisonId),
    );
  }

  getPrisonPayBands(prisonId: string, filters: ConsumerFilters): Promise<PrisonPayBand[]> {
    return this.prisonList(
      prisonId,
      filters,
      'Could not find prison pay bands with supplied query parameters.',
      () => this.activities.getPrisonPayBands(prisonId),
    );
  }

  /** HEAD words a miss here as it does for the regime. */
  getPrisonActivities(prisonId: string, filters: ConsumerFilters): Promise<RunningActivity[]> {
    return this.prisonList(prisonId, filters, REGIME_NOT_FOUND, () =>
      this.activities.getRunningActivities(prisonId),
    );
  }

  /** A prison's list: a prison outside the consumer's prisons is not found without asking Activities. */
  private async prisonList<T>(
    prisonId: string,
    filters: ConsumerFilters,
    notFoundMessage: string,
    fetch: () => Promise<ServiceResult<T[] | null>>,
  ): Promise<T[]> {
    if (!matchesPrison(filters, prisonId)) throw notFound(notFoundMessage);
    return requireData(await fetch(), { badRequest: INVALID_QUERY, notFound: notFoundMessage });
  }

  async getScheduleDetails(scheduleId: string, filters: ConsumerFilters): Promise<ActivityScheduleDetailed> {
    const notFoundMessage = `Could not find schedule details for supplied schedule id: ${scheduleId}.`;
    const details = await this.getScheduleDetailsAtPrison(scheduleId, filters, {
      badRequest: INVALID_QUERY,
      notFound: notFoundMessage,
    });
    return details.schedule;
  }

  /** The schedule is looked up first, so that a schedule outside the consumer's prisons is not found. */
  async getSuitabilityCriteria(scheduleId: string, filters: ConsumerFilters): Promise<SuitabilityCriteria> {
    const messages = {
      badRequest: INVALID_QUERY,
      notFound: `Could not find suitability criteria for supplied schedule id: ${scheduleId}.`,
    };
    await this.getScheduleDetailsAtPrison(scheduleId, filters, messages);
    return requireData(await this.activities.getSuitabilityCriteria(scheduleId), messages);
  }

  /** The applications of the schedule's prison (its caseload), once the consumer may see that prison. */
  async getWaitingListApplications(
    scheduleId: string,
    filters: ConsumerFilters,
  ): Promise<WaitingListApplication[]> {
    const messages = {
      badRequest: INVALID_QUERY,
      notFound: 'Could not find waiting list applications with supplied query parameters.',
    };
    const { prisonCode } = await this.getScheduleDetailsAtPrison(scheduleId, filters, messages);
    if (prisonCode === null) throw notFound(messages.notFound);
    return requireData(await this.activities.getWaitingListApplications(scheduleId, prisonCode), messages);
  }

  /** The id goes upstream as the prisoner number, as in HEAD, once the prisoner is held in the consumer's prisons. */
  async getHistoricalAttendances(
    hmppsId: string,
    query: HistoricalAttendancesQuery,
    filters: ConsumerFilters,
  ): Promise<HistoricalAttendance[]> {
    const messages = { badRequest: INVALID_QUERY, notFound: 'Could not find attendances for prisoner.' };
    throwIfErrors(await this.identity.getPersonWithPrisonFilter(hmppsId, filters), messages);
    const { startDate, endDate, prisonId } = query;
    return requireData(
      await this.activities.getHistoricalAttendances(hmppsId, { startDate, endDate, prisonCode: prisonId }),
      messages,
    );
  }

  /** The path's prison must be the consumer's; the person is resolved to a NOMIS number within its filters. */
  async getScheduledInstances(
    prisonId: string,
    hmppsId: string,
    query: ScheduledInstancesQuery,
    filters: ConsumerFilters,
  ): Promise<ActivityScheduledInstanceForPrisoner[]> {
    const messages = {
      badRequest: INVALID_QUERY,
      notFound: 'Could not find scheduled instances with supplied query parameters.',
    };
    if (!matchesPrison(filters, prisonId)) throw notFound(messages.notFound);
    const nomisNumber = requireData(
      await this.identity.getNomisNumberWithFilters(hmppsId, filters),
      messages,
    );
    const { startDate, endDate, slot } = query;
    return requireData(
      await this.activities.getScheduledInstances(prisonId, nomisNumber, { startDate, endDate, slot }),
      messages,
    );
  }

  searchAppointments(
    prisonId: string,
    request: AppointmentSearchRequest,
    filters: ConsumerFilters,
  ): Promise<AppointmentDetails[]> {
    return this.prisonList(
      prisonId,
      filters,
      'Could not find appointments with supplied query parameters.',
      () => this.activities.searchAppointments(prisonId, appointmentSearch(request)),
    );
  }

  /** A schedule, with what the writes check; outside the consumer's prisons it is not found. */
  async getScheduleDetailsAtPrison(
    scheduleId: string,
    filters: ConsumerFilters,
    messages: { badRequest: string; notFound: string },
  ): Promise<ScheduleDetailsAtPrison> {
    const details = requireData(await this.activities.getScheduleDetails(scheduleId), messages);
    if (!matchesPrison(filters, details.prisonCode)) throw notFound(messages.notFound);
    return details;
  }

  /**
   * The activity's prison is that of its first schedule, as HEAD takes it; a consumer limited to other
   * prisons is told the schedules do not exist.
   */
  async getActivitySchedules(activityId: string, filters: ConsumerFilters): Promise<ActivitySchedule[]> {
    const messages = {
      badRequest: INVALID_QUERY,
      notFound: 'Could not find activity schedule with supplied query parameters.',
    };
    const schedules = requireData(await this.activities.getActivitySchedules(activityId), messages);
    if (!matchesPrison(filters, schedules[0]?.prisonCode)) throw notFound(messages.notFound);
    return schedules.map((entry) => entry.schedule);
  }
}
