import { ServiceError } from '../common/service-error';
import { Slot } from '../domain/activities';
import { ActivityScheduleDetailed } from '../domain/activity-schedule-detailed';
import { WaitingListApplication } from '../domain/activity-suitability';
import {
  checkExclusionSlots,
  checkNotAllocated,
  checkRequestAlone,
  checkWaitingList,
  checkWithinSchedule,
} from './allocation-checks';
import { AllocationExclusion, PrisonerAllocationRequest } from './allocation-request.dto';

const slot = (days: Partial<Slot>): Slot => ({
  id: 1,
  timeSlot: 'AM',
  weekNumber: 1,
  startTime: '09:00',
  endTime: '11:30',
  daysOfWeek: [],
  mondayFlag: false,
  tuesdayFlag: false,
  wednesdayFlag: false,
  thursdayFlag: false,
  fridayFlag: false,
  saturdayFlag: false,
  sundayFlag: false,
  ...days,
});

const schedule = (fields: Partial<ActivityScheduleDetailed>): ActivityScheduleDetailed => ({
  instances: [],
  allocations: [],
  description: 'Woodwork',
  suspensions: [],
  capacity: 10,
  scheduleWeeks: 1,
  slots: [slot({ mondayFlag: true, wednesdayFlag: true })],
  startDate: '2099-01-01',
  endDate: '2099-12-31',
  runsOnBankHoliday: false,
  usePrisonRegimeTime: true,
  ...fields,
});

const exclusion = (days: Partial<AllocationExclusion>): AllocationExclusion =>
  Object.assign(new AllocationExclusion(), {
    weekNumber: 1,
    timeSlot: 'AM',
    monday: false,
    tuesday: false,
    wednesday: false,
    thursday: false,
    friday: false,
    saturday: false,
    sunday: false,
    ...days,
  });

const request = (fields: Partial<PrisonerAllocationRequest>): PrisonerAllocationRequest =>
  Object.assign(new PrisonerAllocationRequest(), {
    prisonerNumber: 'A1234AA',
    startDate: '2099-02-01',
    ...fields,
  });

/** The message of the refusal `check` throws, or null when it passes. */
function refusal(check: () => void): string | null {
  try {
    check();
    return null;
  } catch (error) {
    // What the consumer reads: the service error's message is the answer's userMessage.
    return (error as ServiceError).message;
  }
}

const application = (status: string, prisonerNumber = 'A1234AA') =>
  ({ prisonerNumber, status }) as WaitingListApplication;

describe('allocation checks', () => {
  it('passes an allocation inside the schedule, and refuses a start after the schedule ends', () => {
    expect(refusal(() => checkWithinSchedule(request({}), schedule({})))).toBeNull();
    expect(refusal(() => checkWithinSchedule(request({ startDate: '2100-01-02' }), schedule({})))).toBe(
      'Invalid query parameters: Allocation start date cannot be after the activity schedule end date (2099-12-31)',
    );
    expect(refusal(() => checkWithinSchedule(request({ startDate: '2098-12-31' }), schedule({})))).toBe(
      'Invalid query parameters: Allocation start date must not be before the activity schedule start date (2099-01-01)',
    );
    expect(
      refusal(() => checkWithinSchedule(request({ startDate: '2200-01-01' }), schedule({ endDate: null }))),
    ).toBeNull();
  });

  it('lets an exclusion name some of a slot’s days, not a day the slot does not run', () => {
    const mondays = request({ exclusions: [exclusion({ monday: true })] });
    expect(refusal(() => checkExclusionSlots(mondays, schedule({}), '7'))).toBeNull();
    const both = request({ exclusions: [exclusion({ monday: true, wednesday: true })] });
    expect(refusal(() => checkExclusionSlots(both, schedule({}), '7'))).toBeNull();
    const friday = request({ exclusions: [exclusion({ friday: true })] });
    expect(refusal(() => checkExclusionSlots(friday, schedule({}), '7'))).toBe(
      'Invalid query parameters: No AM slots in week number 1 for schedule 7',
    );
    const week2 = request({ exclusions: [exclusion({ weekNumber: 2, monday: true })] });
    expect(refusal(() => checkExclusionSlots(week2, schedule({}), '7'))).toBe(
      'Invalid query parameters: No AM slots in week number 2 for schedule 7',
    );
  });

  it('allows one approved application, not two, and not a pending one; other prisoners’ do not count', () => {
    expect(
      refusal(() => checkWaitingList('A1234AA', [application('APPROVED'), application('PENDING', 'B')])),
    ).toBeNull();
    expect(
      refusal(() => checkWaitingList('A1234AA', [application('APPROVED'), application('APPROVED')])),
    ).toBe(
      'Conflict: Prisoner has more than one APPROVED waiting list application. A prisoner can only have one approved waiting list application.',
    );
    expect(
      refusal(() => checkWaitingList('A1234AA', [application('DECLINED'), application('PENDING')])),
    ).toMatch(/^Conflict: Prisoner has a PENDING waiting list application/);
  });

  it('allows re-allocating a prisoner whose allocation has ended', () => {
    const allocated = (status: string) =>
      schedule({
        allocations: [{ prisonerNumber: 'A1234AA', status } as ActivityScheduleDetailed['allocations'][0]],
      });
    expect(refusal(() => checkNotAllocated(request({}), allocated('ENDED')))).toBeNull();
    expect(refusal(() => checkNotAllocated(request({}), allocated('SUSPENDED')))).toBe(
      'Invalid query parameters: Prisoner with A1234AA is already allocated to schedule Woodwork.',
    );
  });

  it('wants a schedule instance only when the allocation starts today', () => {
    expect(refusal(() => checkRequestAlone(request({ startDate: '2099-02-01' }), '2099-02-01'))).toBe(
      'Invalid query parameters: scheduleInstanceId must be provided when allocation start date is today',
    );
    expect(refusal(() => checkRequestAlone(request({ scheduleInstanceId: 5 }), '2099-02-01'))).toBeNull();
    expect(refusal(() => checkRequestAlone(request({}), '2099-01-31'))).toBeNull();
  });
});
