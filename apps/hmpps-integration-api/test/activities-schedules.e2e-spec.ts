import { setTimeout as sleep } from 'node:timers/promises';
import { expectHeadShape } from './head-contract';
import { as, useHmppsApi } from './hmpps-test-app';
import { ATTENDANCE, DEALLOCATION } from './request-bodies';

const ALL = as('all-access');
/** Role all-endpoints, limited to MDI. */
const MDI_ONLY = as('specific-prison');
const HEALTH_ONLY = as('kubernetes-health-check-client');

/** The Activities service's queue, by its local name. */
const QUEUE = 'activities';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('Activities: schedule details, attendance and deallocation (written to the activities queue)', () => {
  const context = useHmppsApi();

  /** What is on the Activities queue now: nothing when nothing was written. */
  const queued = async (count: number) =>
    context.queues.collect(QUEUE, { count, quietMs: count === 0 ? 800 : 300 });

  describe('GET /v1/activities/schedule/{scheduleId}', () => {
    it('answers the schedule with its instances, attendances and allocations', async () => {
      const response = await context.api.get('/v1/activities/schedule/100', ALL);
      expect(response.status).toBe(200);
      const schedule = response.body.data;
      expect(schedule).toMatchObject({
        description: 'Maths level 1 AM',
        capacity: 10,
        startDate: '2024-01-15',
        endDate: '2099-12-31',
        runsOnBankHoliday: false,
        suspensions: [{ suspendedFrom: '2025-12-24', suspendedUntil: '2025-12-27' }],
      });
      expect(schedule.instances[0].attendances[0]).toMatchObject({
        id: 9001,
        prisonerNumber: 'G2996UX',
        status: 'COMPLETED',
        attendanceReason: { code: 'SICK', capturePay: true, notes: 'Maps to ACCAB in NOMIS' },
      });
      // Who recorded it stays upstream.
      expect(schedule.instances[0].attendances[0]).not.toHaveProperty('recordedBy');
      expect(
        schedule.allocations.map(
          (allocation: { prisonerNumber: string; status: string }) => allocation.status,
        ),
      ).toEqual(['ACTIVE', 'ENDED']);
      expect(schedule.allocations[0].exclusions[0].daysOfWeek).toEqual(['MONDAY']);
      expect(schedule.allocations[0].plannedDeallocation).toEqual({ plannedDate: '2099-01-31' });
      expectHeadShape('GET /v1/activities/schedule/{scheduleId}', response);
    });

    it('answers 404 for an unknown schedule and one in a prison outside the consumer’s prisons', async () => {
      const unknown = await context.api.get('/v1/activities/schedule/999', ALL);
      expect(unknown.status).toBe(404);
      expect(unknown.body.userMessage).toBe('Could not find schedule details for supplied schedule id: 999.');
      const elsewhere = await context.api.get('/v1/activities/schedule/200', MDI_ONLY);
      expect(elsewhere.status).toBe(404);
      expect(elsewhere.body.userMessage).toBe(
        'Could not find schedule details for supplied schedule id: 200.',
      );
      expect((await context.api.get('/v1/activities/schedule/100', MDI_ONLY)).status).toBe(200);
    });

    it('answers 400 for a schedule id that is not a whole number and when Activities refuses the query', async () => {
      const bad = await context.api.get('/v1/activities/schedule/1.5', ALL);
      expect(bad.status).toBe(400);
      expect(bad.body.userMessage).toBe('Invalid scheduleId: must be a whole number');
      await context.stubs.setFault({ prefix: '/activities', status: 400 });
      const refused = await context.api.get('/v1/activities/schedule/100', ALL);
      expect(refused.status).toBe(400);
      expect(refused.body.userMessage).toBe('Invalid query parameters.');
    });

    it('answers 500 naming the upstream when Activities fails or times out', async () => {
      await context.stubs.setFault({ prefix: '/activities', status: 503 });
      const failed = await context.api.get('/v1/activities/schedule/100', ALL);
      expect(failed.status).toBe(500);
      expect(failed.body.userMessage).toContain('activities');
      await context.stubs.resetFaults();
      await context.stubs.setFault({ prefix: '/activities', latencyMs: 4000 });
      expect((await context.api.get('/v1/activities/schedule/100', ALL)).status).toBe(500);
    });

    it('refuses a consumer that may not call the path', async () => {
      expect((await context.api.get('/v1/activities/schedule/100', HEALTH_ONLY)).status).toBe(403);
    });
  });

  describe('GET /v1/activities/schedule/{scheduleId}/suitability-criteria', () => {
    const path = (id: string) => `/v1/activities/schedule/${id}/suitability-criteria`;

    it('answers the criteria, with the incentive level’s NOMIS code as incentiveCode', async () => {
      const response = await context.api.get(path('100'), ALL);
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual({
        riskLevel: 'high',
        isPaid: true,
        payRates: [
          {
            incentiveCode: 'BAS',
            incentiveLevel: 'Basic',
            prisonPayBand: { id: 11, alias: 'Low', description: 'Pay band 1' },
            rate: 150,
            pieceRate: null,
            pieceRateItems: null,
            startDate: '2025-01-01',
          },
          {
            incentiveCode: 'STD',
            incentiveLevel: 'Standard',
            prisonPayBand: { id: 11, alias: 'Low', description: 'Pay band 1' },
            rate: null,
            pieceRate: 20,
            pieceRateItems: 10,
            startDate: null,
          },
        ],
        minimumEducationLevel: [
          {
            educationLevelCode: '1',
            educationLevelDescription: 'Reading Measure 1.0',
            studyAreaCode: 'ENGLA',
            studyAreaDescription: 'English Language',
          },
        ],
      });
      expectHeadShape('GET /v1/activities/schedule/{scheduleId}/suitability-criteria', response);
    });

    it('answers 404 for an unknown schedule, and for one outside the consumer’s prisons without asking for its criteria', async () => {
      const message = (id: string) => `Could not find suitability criteria for supplied schedule id: ${id}.`;
      const unknown = await context.api.get(path('999'), ALL);
      expect(unknown.status).toBe(404);
      expect(unknown.body.userMessage).toBe(message('999'));
      await context.stubs.clearRequests();
      const elsewhere = await context.api.get(path('200'), MDI_ONLY);
      expect(elsewhere.status).toBe(404);
      expect(elsewhere.body.userMessage).toBe(message('200'));
      expect((await context.stubs.requests('/activities')).map((call) => call.path)).toEqual([
        '/activities/integration-api/schedules/200',
      ]);
      // A schedule without criteria upstream.
      const none = await context.api.get(path('101'), ALL);
      expect(none.status).toBe(404);
    });

    it('answers 400 for a bad id or an Activities 400, and 500 naming Activities when it fails', async () => {
      expect((await context.api.get(path('x'), ALL)).status).toBe(400);
      await context.stubs.setFault({ prefix: '/activities/integration-api/activities', status: 400 });
      const refused = await context.api.get(path('100'), ALL);
      expect(refused.status).toBe(400);
      expect(refused.body.userMessage).toBe('Invalid query parameters.');
      await context.stubs.resetFaults();
      await context.stubs.setFault({ prefix: '/activities/integration-api/activities', status: 500 });
      const failed = await context.api.get(path('100'), ALL);
      expect(failed.status).toBe(500);
      expect(failed.body.userMessage).toContain('activities');
    });

    it('refuses a consumer that may not call the path', async () => {
      expect((await context.api.get(path('100'), HEALTH_ONLY)).status).toBe(403);
    });
  });

  describe('GET /v1/activities/schedule/{scheduleId}/waiting-list-applications', () => {
    const path = (id: string) => `/v1/activities/schedule/${id}/waiting-list-applications`;

    it('answers the applications of the schedule’s prison, asking with its caseload', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get(path('100'), ALL);
      expect(response.status).toBe(200);
      expect(response.body.data).toHaveLength(2);
      expect(response.body.data[0]).toEqual({
        id: 1,
        activityId: 1,
        scheduleId: 100,
        allocationId: null,
        prisonId: 'MDI',
        prisonerNumber: 'G2996UX',
        bookingId: 1200001,
        status: 'APPROVED',
        statusUpdatedTime: '2025-02-01T10:00:00',
        requestedDate: '2025-01-20',
        comments: 'Keen to learn',
        declinedReason: null,
        creationTime: '2025-01-20T09:00:00',
        updatedTime: null,
        earliestReleaseDate: {
          releaseDate: '2030-06-01',
          isTariffDate: false,
          isIndeterminateSentence: false,
          isImmigrationDetainee: false,
          isConvictedUnsentenced: false,
          isRemand: false,
        },
        nonAssociations: false,
      });
      expectHeadShape('GET /v1/activities/schedule/{scheduleId}/waiting-list-applications', response);
      const calls = await context.stubs.requests(
        '/activities/integration-api/schedules/100/waiting-list-applications',
      );
      expect(calls.map((call) => call.headers['caseload-id'])).toEqual(['MDI']);
      const empty = await context.api.get(path('101'), ALL);
      expect(empty.status).toBe(200);
      expect(empty.body.data).toEqual([]);
    });

    it('answers 404 for an unknown schedule and one outside the consumer’s prisons', async () => {
      const message = 'Could not find waiting list applications with supplied query parameters.';
      const unknown = await context.api.get(path('999'), ALL);
      expect(unknown.status).toBe(404);
      expect(unknown.body.userMessage).toBe(message);
      const elsewhere = await context.api.get(path('200'), MDI_ONLY);
      expect(elsewhere.status).toBe(404);
      expect(elsewhere.body.userMessage).toBe(message);
    });

    it('answers 400 when Activities refuses the query and 500 naming it when it fails', async () => {
      await context.stubs.setFault({
        prefix: '/activities/integration-api/schedules/100/waiting',
        status: 400,
      });
      const refused = await context.api.get(path('100'), ALL);
      expect(refused.status).toBe(400);
      expect(refused.body.userMessage).toBe('Invalid query parameters.');
      await context.stubs.resetFaults();
      await context.stubs.setFault({
        prefix: '/activities/integration-api/schedules/100/waiting',
        latencyMs: 4000,
      });
      const slow = await context.api.get(path('100'), ALL);
      expect(slow.status).toBe(500);
      expect(slow.body.userMessage).toContain('activities');
    });

    it('refuses a consumer that may not call the path', async () => {
      expect((await context.api.get(path('100'), HEALTH_ONLY)).status).toBe(403);
    });
  });

  describe('PUT /v1/activities/schedule/attendance', () => {
    const path = '/v1/activities/schedule/attendance';
    const attendance = ATTENDANCE;

    it('checks the attendance and writes HEAD’s MarkPrisonerAttendance message to the Activities queue', async () => {
      await queued(0);
      const response = await context.api.put(path, { ...ALL, body: [attendance] });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ data: { message: 'Attendance update written to queue' } });
      expectHeadShape('PUT /v1/activities/schedule/attendance', response);
      const [message] = await queued(1);
      expect(message.json).toEqual({
        messageId: expect.stringMatching(UUID),
        eventType: 'MarkPrisonerAttendance',
        description: null,
        messageAttributes: {
          attendanceUpdateRequests: [
            {
              id: 9001,
              prisonCode: 'MDI',
              status: 'COMPLETED',
              attendanceReason: 'ATTENDED',
              comment: 'Arrived on time',
              issuePayment: true,
              caseNote: null,
              incentiveLevelWarningIssued: false,
              otherAbsenceReason: null,
            },
          ],
        },
        who: 'all-access',
      });
      expect(message.attributes).toMatchObject({ eventType: 'MARK_PRISONER_ATTENDANCE' });
    });

    it('audits PUT_ATTENDANCE with the attendance ids', async () => {
      await context.queues.collect('audit', { count: 0, quietMs: 500 });
      await context.api.put(path, {
        ...ALL,
        body: [attendance, { ...attendance, id: 9002, prisonId: 'LEI' }],
      });
      const [event] = await context.queues.collect('audit', { count: 1, quietMs: 1000 });
      expect(event.json).toMatchObject({ what: 'PUT_ATTENDANCE', details: '{"attendanceIds":"9001, 9002"}' });
      await queued(1);
    });

    it('sends a test message without any check for a TestEvent status', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.put(path, {
        ...ALL,
        body: [{ ...attendance, id: 1, status: 'TestEvent' }],
      });
      expect(response.status).toBe(200);
      const [message] = await queued(1);
      expect(message.json).toMatchObject({
        eventType: 'TestEvent',
        messageAttributes: {},
        who: 'all-access',
      });
      expect(message.attributes).toMatchObject({ eventType: 'TEST_EVENT' });
      expect(await context.stubs.requests('/activities')).toEqual([]);
    });

    it('refuses an invalid body with the validation messages, writing nothing', async () => {
      const invalid = await context.api.put(path, { ...ALL, body: [{ id: 0, prisonId: '', status: '' }] });
      expect(invalid.status).toBe(400);
      expect(invalid.body).toEqual({
        status: 400,
        userMessage: 'Validation issues in request body',
        developerMessage: 'Validation issues in request body',
        validationErrors: ['Attendance ID must be supplied', 'Prison Id', 'Attendance status'],
      });
      expect((await context.api.put(path, { ...ALL, body: [] })).status).toBe(400);
      expect((await context.api.put(path, { ...ALL, body: attendance })).status).toBe(400);
      expect(await queued(0)).toEqual([]);
    });

    it('answers 404, writing nothing, for an unknown attendance, an unknown prisoner and a prison outside the consumer’s', async () => {
      const message = 'Could not find attendance records for supplied requests.';
      const unknown = await context.api.put(path, { ...ALL, body: [{ ...attendance, id: 12345 }] });
      expect(unknown.status).toBe(404);
      expect(unknown.body.userMessage).toBe(message);
      const unknownPrisoner = await context.api.put(path, { ...ALL, body: [{ ...attendance, id: 9003 }] });
      expect(unknownPrisoner.status).toBe(404);
      const outside = await context.api.put(path, {
        ...MDI_ONLY,
        body: [{ ...attendance, prisonId: 'LEI' }],
      });
      expect(outside.status).toBe(404);
      expect(outside.body.userMessage).toBe(message);
      // The attendance says MDI, but its prisoner is held in Leeds.
      const heldElsewhere = await context.api.put(path, { ...MDI_ONLY, body: [{ ...attendance, id: 9002 }] });
      expect(heldElsewhere.status).toBe(404);
      expect(await queued(0)).toEqual([]);
    });

    it('answers 400 when Activities refuses the lookup and 500 naming it when it fails, writing nothing', async () => {
      await context.stubs.setFault({ prefix: '/activities', status: 400 });
      const refused = await context.api.put(path, { ...ALL, body: [attendance] });
      expect(refused.status).toBe(400);
      expect(refused.body.userMessage).toBe('Invalid query parameters.');
      await context.stubs.resetFaults();
      await context.stubs.setFault({ prefix: '/activities', status: 500 });
      const failed = await context.api.put(path, { ...ALL, body: [attendance] });
      expect(failed.status).toBe(500);
      expect(failed.body.userMessage).toContain('activities');
      await context.stubs.resetFaults();
      await context.stubs.setFault({ prefix: '/activities', latencyMs: 4000 });
      expect((await context.api.put(path, { ...ALL, body: [attendance] })).status).toBe(500);
      expect(await queued(0)).toEqual([]);
    });

    it('refuses a consumer that may not call the path before looking at the body', async () => {
      const response = await context.api.put(path, { ...HEALTH_ONLY, body: [{}] });
      expect(response.status).toBe(403);
    });
  });

  describe('PUT /v1/activities/schedule/{scheduleId}/deallocate', () => {
    const path = '/v1/activities/schedule/100/deallocate';
    const request = DEALLOCATION;

    it('checks the allocation and writes HEAD’s DeallocatePrisonerFromActivitySchedule message', async () => {
      await queued(0);
      const response = await context.api.put(path, { ...ALL, body: request });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ data: { message: 'Prisoner deallocation written to queue' } });
      expectHeadShape('PUT /v1/activities/schedule/{scheduleId}/deallocate', response);
      const [message] = await queued(1);
      expect(message.json).toEqual({
        messageId: expect.stringMatching(UUID),
        eventType: 'DeallocatePrisonerFromActivitySchedule',
        description: null,
        messageAttributes: {
          scheduleId: 100,
          prisonerNumbers: ['G2996UX'],
          reasonCode: 'HEALTH',
          endDate: '2099-06-30',
          scheduleInstanceId: 7001,
        },
        who: 'all-access',
      });
      expect(message.attributes).toMatchObject({ eventType: 'DEALLOCATE_PRISONER_FROM_ACTIVITY_SCHEDULE' });
    });

    it('sends a test message for a TestEvent reason code', async () => {
      const response = await context.api.put('/v1/activities/schedule/999/deallocate', {
        ...ALL,
        body: { ...request, reasonCode: 'TestEvent' },
      });
      expect(response.status).toBe(200);
      const [message] = await queued(1);
      expect(message.json).toMatchObject({ eventType: 'TestEvent', messageAttributes: {} });
    });

    it('refuses an invalid body with the validation messages', async () => {
      const response = await context.api.put(path, { ...ALL, body: { endDate: '2020-01-01' } });
      expect(response.status).toBe(400);
      expect(response.body.validationErrors).toEqual(
        expect.arrayContaining([
          'You must supply a prisoner number on the deallocation request.',
          'The reason code for the deallocation request must supplied.',
          'End date must not be in the past',
        ]),
      );
      const impossible = await context.api.put(path, { ...ALL, body: { ...request, endDate: '2099-02-30' } });
      expect(impossible.status).toBe(400);
      expect(await queued(0)).toEqual([]);
    });

    it('answers 400 for an end date after the schedule’s, and 404 without an allocation that has not ended', async () => {
      const late = await context.api.put(path, { ...ALL, body: { ...request, endDate: '2100-01-05' } });
      expect(late.status).toBe(400);
      expect(late.body.userMessage).toBe(
        'Bad request: Passed in end date cannot be after the end date of the schedule: 2099-12-31',
      );
      const ended = await context.api.put(path, { ...ALL, body: { ...request, prisonerNumber: 'K4321LA' } });
      expect(ended.status).toBe(404);
      expect(ended.body.userMessage).toBe('Not found: Allocations not found for prisoner: K4321LA');
      expect(await queued(0)).toEqual([]);
    });

    it('answers 404 for an unknown schedule and one outside the consumer’s prisons', async () => {
      const unknown = await context.api.put('/v1/activities/schedule/999/deallocate', {
        ...ALL,
        body: request,
      });
      expect(unknown.status).toBe(404);
      expect(unknown.body.userMessage).toBe(
        'Not found: Could not find schedule details for supplied schedule id: 999.',
      );
      const elsewhere = await context.api.put('/v1/activities/schedule/200/deallocate', {
        ...MDI_ONLY,
        body: { ...request, prisonerNumber: 'A1234AA' },
      });
      expect(elsewhere.status).toBe(404);
      expect(await queued(0)).toEqual([]);
    });

    it('answers 500 naming the upstream when Activities fails, writing nothing', async () => {
      await context.stubs.setFault({ prefix: '/activities', status: 500 });
      const failed = await context.api.put(path, { ...ALL, body: request });
      expect(failed.status).toBe(500);
      expect(failed.body.userMessage).toContain('activities');
      await sleep(100);
      expect(await queued(0)).toEqual([]);
    });

    it('refuses a consumer that may not call the path', async () => {
      expect((await context.api.put(path, { ...HEALTH_ONLY, body: {} })).status).toBe(403);
    });
  });
});
