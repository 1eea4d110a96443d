import { expectHeadShape } from './head-contract';
import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');
/** Role all-endpoints, limited to MDI. */
const MDI_ONLY = as('specific-prison');
const HEALTH_ONLY = as('kubernetes-health-check-client');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Schedule 101 (MDI, paid, week 1 AM on Mondays and Wednesdays) has no allocation of K4321LA and no waiting list. */
const path = (scheduleId: string) => `/v1/activities/schedule/${scheduleId}/allocate`;
const request = {
  prisonerNumber: 'K4321LA',
  payBandId: 11,
  startDate: '2099-01-05',
  endDate: '2099-06-30',
  exclusions: [
    {
      weekNumber: 1,
      timeSlot: 'AM',
      monday: true,
      tuesday: false,
      wednesday: false,
      thursday: false,
      friday: false,
      saturday: false,
      sunday: false,
      customStartTime: '09:30',
      customEndTime: '11:00',
    },
  ],
};

describe('POST /v1/activities/schedule/{scheduleId}/allocate (checked against Activities, then queued)', () => {
  const context = useHmppsApi();
  const queued = async (count: number) =>
    context.queues.collect('activities', { count, quietMs: count === 0 ? 800 : 300 });
  const allocate = (scheduleId: string, body: unknown, consumer = ALL) =>
    context.api.post(path(scheduleId), { ...consumer, body });

  it('writes HEAD’s AllocatePrisonerToActivitySchedule message to the Activities queue', async () => {
    await queued(0);
    const response = await allocate('101', request);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { message: 'Prisoner allocation written to queue' } });
    expectHeadShape('POST /v1/activities/schedule/{scheduleId}/allocate', response);
    const [message] = await queued(1);
    expect(message.json).toEqual({
      messageId: expect.stringMatching(UUID),
      eventType: 'AllocatePrisonerToActivitySchedule',
      description: null,
      messageAttributes: {
        scheduleId: 101,
        prisonerNumber: 'K4321LA',
        payBandId: 11,
        startDate: '2099-01-05',
        endDate: '2099-06-30',
        exclusions: [{ ...request.exclusions[0], daysOfWeek: ['MONDAY'] }],
        scheduleInstanceId: null,
      },
      who: 'all-access',
    });
    expect(message.attributes).toMatchObject({ eventType: 'ALLOCATE_PRISONER_TO_ACTIVITY_SCHEDULE' });
  });

  it('sends a test message without any check for testEvent TestEvent', async () => {
    await context.stubs.clearRequests();
    const response = await allocate('999', { ...request, prisonerNumber: 'Z9999ZZ', testEvent: 'TestEvent' });
    expect(response.status).toBe(200);
    const [message] = await queued(1);
    expect(message.json).toMatchObject({ eventType: 'TestEvent', messageAttributes: {} });
    expect(await context.stubs.requests('/activities')).toEqual([]);
  });

  it('refuses an invalid body in the validation envelope, writing nothing', async () => {
    const response = await allocate('101', { prisonerNumber: 'K4321LAXX', startDate: '2020-01-01' });
    expect(response.status).toBe(400);
    expect(response.body.validationErrors).toEqual([
      'Prisoner number cannot be more than 7 characters',
      'Start date must not be in the past',
    ]);
    const exclusion = await allocate('101', {
      ...request,
      exclusions: [{ ...request.exclusions[0], weekNumber: 0 }],
    });
    expect(exclusion.status).toBe(400);
    expect(exclusion.body.validationErrors).toEqual(['The week number must be a positive integer']);
    expect(await queued(0)).toEqual([]);
  });

  it.each([
    [
      'an end date before the start date',
      '101',
      { endDate: '2099-01-01' },
      'Allocation start date must be the same as or before the end date',
    ],
    [
      'exclusion times the wrong way round',
      '101',
      { exclusions: [{ ...request.exclusions[0], customStartTime: '11:00', customEndTime: '09:30' }] },
      'Exclusion start time cannot be after custom end time',
    ],
    [
      'a prisoner held at another prison',
      '101',
      { prisonerNumber: 'A1234AA' },
      'Unable to allocate prisoner with prisoner number A1234AA, prisoner is not active at prison MDI.',
    ],
    [
      'an unknown schedule instance',
      '101',
      { scheduleInstanceId: 1 },
      'scheduleInstanceId not found on schedule',
    ],
    [
      'no pay band for a paid activity',
      '101',
      { payBandId: null },
      'Allocation must have a pay band when the activity is paid',
    ],
    [
      'a pay band of another prison',
      '101',
      { payBandId: 99 },
      "Pay band '99' does not exist for prison 'MDI'",
    ],
    [
      'an end date after the schedule’s',
      '100',
      { endDate: '2100-01-31' },
      'Allocation end date must not be after the activity schedule end date (2099-12-31)',
    ],
    [
      'a prisoner already allocated',
      '101',
      { prisonerNumber: 'G2996UX' },
      'Prisoner with G2996UX is already allocated to schedule Maths level 1 PM.',
    ],
    [
      'an exclusion outside the schedule’s slots',
      '101',
      { exclusions: [{ ...request.exclusions[0], tuesday: true }] },
      'No AM slots in week number 1 for schedule 101',
    ],
  ])('answers 400 for %s, writing nothing', async (_, scheduleId, change, reason) => {
    const response = await allocate(scheduleId, { ...request, ...change });
    expect(response.status).toBe(400);
    expect(response.body.userMessage).toBe(`Invalid query parameters: ${reason}`);
    expect(await queued(0)).toEqual([]);
  });

  it('wants the schedule instance when the allocation starts today (in the UK)', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
    const response = await allocate('101', { ...request, startDate: today });
    expect(response.status).toBe(400);
    expect(response.body.userMessage).toBe(
      'Invalid query parameters: scheduleInstanceId must be provided when allocation start date is today',
    );
  });

  it('answers 409 for a prisoner with a pending waiting-list application', async () => {
    const response = await allocate('100', request);
    expect(response.status).toBe(409);
    expect(response.body.userMessage).toBe(
      'Conflict: Prisoner has a PENDING waiting list application. It must be APPROVED before they can be allocated.',
    );
    expect(await queued(0)).toEqual([]);
  });

  it('answers 404 for an unknown schedule, an unknown prisoner and a prisoner outside the consumer’s prisons', async () => {
    const schedule = await allocate('999', request);
    expect(schedule.status).toBe(404);
    expect(schedule.body.userMessage).toBe('Could not find records for supplied requests: schedule 999');
    const prisoner = await allocate('101', { ...request, prisonerNumber: 'Z9999ZZ' });
    expect(prisoner.status).toBe(404);
    const outside = await allocate('200', { ...request, prisonerNumber: 'A1234AA' }, MDI_ONLY);
    expect(outside.status).toBe(404);
    expect(await queued(0)).toEqual([]);
  });

  it('answers 400 for a schedule id that is not a whole number', async () => {
    expect((await allocate('abc', request)).status).toBe(400);
  });

  it('answers 500 naming Activities when it fails or times out, writing nothing', async () => {
    await context.stubs.setFault({ prefix: '/activities/integration-api/schedules', status: 500 });
    const failed = await allocate('101', request);
    expect(failed.status).toBe(500);
    expect(failed.body.userMessage).toContain('activities');
    await context.stubs.resetFaults();
    await context.stubs.setFault({ prefix: '/activities/integration-api/prison', latencyMs: 4000 });
    expect((await allocate('101', request)).status).toBe(500);
    expect(await queued(0)).toEqual([]);
  });

  it('audits POST_ALLOCATE_PRISONER_TO_ACTIVITY with the schedule id', async () => {
    await context.queues.collect('audit', { count: 0, quietMs: 500 });
    await allocate('101', request);
    const [event] = await context.queues.collect('audit', { count: 1, quietMs: 1000 });
    expect(event.json).toMatchObject({
      what: 'POST_ALLOCATE_PRISONER_TO_ACTIVITY',
      details: '{"scheduleId":"101"}',
    });
    await queued(1);
  });

  it('refuses a consumer that may not call the path', async () => {
    expect((await allocate('101', {}, HEALTH_ONLY)).status).toBe(403);
  });
});
