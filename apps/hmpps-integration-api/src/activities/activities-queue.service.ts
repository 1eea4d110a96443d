import { Injectable } from '@nestjs/common';
import { badRequest, notFound, requireData, throwIfErrors } from '../common/api-errors';
import { ConsumerFilters, matchesPrison } from '../consumers/consumer-filters';
import { HmppsMessageResponse } from '../hmpps-messages/hmpps-message';
import { HmppsMessageWriter, notQueued } from '../hmpps-messages/hmpps-message-writer';
import { PersonIdentityService } from '../identity/person-identity.service';
import { ActivitiesGateway } from '../upstream/activities/activities.gateway';
import { ActivitiesService } from './activities.service';
import { AttendanceUpdateRequest, PrisonerDeallocationRequest, todayInPrisons } from './activities-write.dto';
import {
  checkExclusionSlots,
  checkNotAllocated,
  checkPayBandPresence,
  checkRequestAlone,
  checkScheduleInstance,
  checkWaitingList,
  checkWithinSchedule,
  refuse,
} from './allocation-checks';
import { PrisonerAllocationRequest } from './allocation-request.dto';
import {
  ACTIVITIES_QUEUE,
  ActivitiesMessage,
  allocationMessage,
  attendanceMessage,
  deallocationMessage,
  TEST_MESSAGE,
} from './activities.message';

/** HEAD's marker for a smoke test: the message goes out without any check. */
const TEST_EVENT = 'TestEvent';
const INVALID_QUERY = 'Invalid query parameters.';
const ATTENDANCE_NOT_FOUND = 'Could not find attendance records for supplied requests.';

/**
 * The activities writes: each is checked against the Activities API (and the consumer's prisons) as
 * HEAD checks it, then handed to the Activities service as a message on its queue, through the outbox.
 */
@Injectable()
export class ActivitiesQueueService {
  constructor(
    private readonly activities: ActivitiesGateway,
    private readonly reads: ActivitiesService,
    private readonly identity: PersonIdentityService,
    private readonly messages: HmppsMessageWriter,
  ) {}

  /**
   * Every attendance must be in one of the consumer's prisons, known to Activities, and for a prisoner
   * held in one of the consumer's prisons; the checks of different attendances run together.
   */
  async sendAttendanceUpdates(
    requests: AttendanceUpdateRequest[],
    who: string,
    filters: ConsumerFilters,
  ): Promise<HmppsMessageResponse> {
    const sent = 'Attendance update written to queue';
    const failed = 'Could not send attendance update to queue';
    if (requests.some((request) => request.status === TEST_EVENT))
      return this.send(TEST_MESSAGE, who, sent, failed);
    await Promise.all(requests.map((request) => this.checkAttendance(request, filters)));
    return this.send(attendanceMessage(requests), who, sent, failed);
  }

  /** The prisoner must have an allocation to the schedule that has not ended, ending no later than it. */
  async sendDeallocation(
    scheduleId: string,
    request: PrisonerDeallocationRequest,
    who: string,
    filters: ConsumerFilters,
  ): Promise<HmppsMessageResponse> {
    const sent = 'Prisoner deallocation written to queue';
    const failed = 'Could not send prisoner deallocation to queue';
    if (request.reasonCode === TEST_EVENT) return this.send(TEST_MESSAGE, who, sent, failed);
    const { schedule } = await this.reads.getScheduleDetailsAtPrison(scheduleId, filters, {
      badRequest: 'Bad request: Invalid query parameters.',
      notFound: `Not found: Could not find schedule details for supplied schedule id: ${scheduleId}.`,
    });
    const allocated = schedule.allocations.some(
      (allocation) => allocation.prisonerNumber === request.prisonerNumber && allocation.status !== 'ENDED',
    );
    if (!allocated)
      throw notFound(`Not found: Allocations not found for prisoner: ${request.prisonerNumber}`);
    if (schedule.endDate !== null && request.endDate > schedule.endDate) {
      throw badRequest(
        `Bad request: Passed in end date cannot be after the end date of the schedule: ${schedule.endDate}`,
      );
    }
    return this.send(deallocationMessage(Number(scheduleId), request), who, sent, failed);
  }

  /**
   * HEAD's allocation rules, in its order: the request alone, then the prisoner (held in the consumer's
   * prisons, at the schedule's prison), the schedule, its pay bands and its waiting list.
   */
  async sendAllocation(
    scheduleId: string,
    request: PrisonerAllocationRequest,
    who: string,
    filters: ConsumerFilters,
  ): Promise<HmppsMessageResponse> {
    const sent = 'Prisoner allocation written to queue';
    const failed = 'Could not send prisoner allocation to queue';
    if (request.testEvent === TEST_EVENT) return this.send(TEST_MESSAGE, who, sent, failed);
    checkRequestAlone(request, todayInPrisons());
    const missing = (what: string) => ({
      badRequest: `Invalid query parameters: ${what}`,
      notFound: `Could not find records for supplied requests: ${what}`,
    });
    const [prisonerResult, scheduleResult] = await Promise.all([
      this.identity.getPrisoner(request.prisonerNumber, filters),
      this.activities.getScheduleDetails(scheduleId),
    ]);
    const prisoner = requireData(prisonerResult, missing(`prisoner ${request.prisonerNumber}`));
    const { prisonCode, paid, schedule } = requireData(scheduleResult, missing(`schedule ${scheduleId}`));
    if (prisonCode === null || prisonCode !== prisoner.inPrison.prisonId) {
      throw refuse(
        `Unable to allocate prisoner with prisoner number ${request.prisonerNumber}, prisoner is not active at prison ${prisonCode}.`,
      );
    }
    checkScheduleInstance(request, schedule);
    if (!matchesPrison(filters, prisonCode)) throw notFound(missing(`schedule ${scheduleId}`).notFound);
    checkPayBandPresence(request, paid === true);
    if (paid === true) {
      const bands = requireData(
        await this.activities.getPrisonPayBands(prisonCode),
        missing(`pay bands of ${prisonCode}`),
      );
      if (!bands.some((band) => band.id === request.payBandId)) {
        throw refuse(`Pay band '${request.payBandId}' does not exist for prison '${prisonCode}'`);
      }
    }
    checkWithinSchedule(request, schedule);
    checkNotAllocated(request, schedule);
    checkExclusionSlots(request, schedule, scheduleId);
    const applications = requireData(
      await this.activities.getWaitingListApplications(scheduleId, prisonCode),
      missing(`waiting list of schedule ${scheduleId}`),
    );
    checkWaitingList(request.prisonerNumber, applications);
    return this.send(allocationMessage(Number(scheduleId), request), who, sent, failed);
  }

  private async checkAttendance(request: AttendanceUpdateRequest, filters: ConsumerFilters): Promise<void> {
    const messages = { badRequest: INVALID_QUERY, notFound: ATTENDANCE_NOT_FOUND };
    if (!matchesPrison(filters, request.prisonId)) throw notFound(ATTENDANCE_NOT_FOUND);
    const attendance = requireData(await this.activities.getAttendance(request.id), messages);
    throwIfErrors(
      await this.identity.getPersonWithPrisonFilter(attendance.prisonerNumber, filters),
      messages,
    );
  }

  private async send(
    message: ActivitiesMessage,
    who: string,
    sent: string,
    failed: string,
  ): Promise<HmppsMessageResponse> {
    await this.messages.send(ACTIVITIES_QUEUE, message.eventType, message.messageAttributes, {
      who,
      failure: () => notQueued(failed),
    });
    return { message: sent };
  }
}
