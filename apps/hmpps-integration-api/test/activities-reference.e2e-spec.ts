import { expectHeadShape } from './head-contract';
import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');
/** Role all-endpoints, limited to MDI. */
const MDI_ONLY = as('specific-prison');
/** Allowed the health paths only. */
const HEALTH_ONLY = as('kubernetes-health-check-client');

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('Activities: reference data, prison regime, pay bands, running activities and activity schedules', () => {
  const context = useHmppsApi();

  describe('GET /v1/activities/attendance-reasons', () => {
    const path = '/v1/activities/attendance-reasons';

    it('lists the reasons with the fields the API keeps', async () => {
      const response = await context.api.get(path, ALL);
      expect(response.status).toBe(200);
      expect(response.body.data[0]).toEqual({
        id: 1,
        code: 'SICK',
        description: 'Sick',
        attended: false,
        notes: 'Maps to ACCAB in NOMIS',
      });
      expect(response.body.data.map((reason: { code: string }) => reason.code)).toEqual([
        'SICK',
        'REFUSED',
        'ATTENDED',
      ]);
      expectHeadShape('GET /v1/activities/attendance-reasons', response);
    });

    it('answers 403 with the message HEAD gives when Activities refuses access', async () => {
      await context.stubs.setFault({ prefix: '/activities/integration-api/attendance-reasons', status: 403 });
      const response = await context.api.get(path, ALL);
      expect(response.status).toBe(403);
      expect(response.body.userMessage).toBe('Access denied to attendance reasons.');
    });

    it('answers 500 naming the upstream when Activities fails, and when it is too slow', async () => {
      await context.stubs.setFault({ prefix: '/activities', status: 500 });
      const failed = await context.api.get(path, ALL);
      expect(failed.status).toBe(500);
      expect(failed.body.userMessage).toContain('activities');
      await context.stubs.resetFaults();
      await context.stubs.setFault({ prefix: '/activities', latencyMs: 4000 });
      const started = Date.now();
      const slow = await context.api.get(path, ALL);
      expect(Date.now() - started).toBeLessThan(3500);
      expect(slow.status).toBe(500);
      expect(slow.body.userMessage).toContain('activities');
    });

    it('refuses a consumer that may not call the path', async () => {
      const response = await context.api.get(path, HEALTH_ONLY);
      expect(response.status).toBe(403);
    });
  });

  describe('GET /v1/activities/deallocation-reasons', () => {
    const path = '/v1/activities/deallocation-reasons';

    it('lists the reasons', async () => {
      const response = await context.api.get(path, ALL);
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual([
        { code: 'COMPLETED', description: 'Completed the activity' },
        { code: 'HEALTH', description: 'Health' },
        { code: 'TRANSFERRED', description: 'Transferred to another activity' },
      ]);
      expectHeadShape('GET /v1/activities/deallocation-reasons', response);
    });

    it('answers 403 when Activities refuses access and 500 when it fails', async () => {
      await context.stubs.setFault({
        prefix: '/activities/integration-api/allocations',
        status: 403,
        times: 1,
      });
      const refused = await context.api.get(path, ALL);
      expect(refused.status).toBe(403);
      expect(refused.body.userMessage).toBe('Access denied to deallocation reasons.');
      await context.stubs.setFault({ prefix: '/activities', status: 500 });
      expect((await context.api.get(path, ALL)).status).toBe(500);
    });

    it('refuses a consumer that may not call the path', async () => {
      expect((await context.api.get(path, HEALTH_ONLY)).status).toBe(403);
    });
  });

  describe.each([
    {
      operation: 'GET /v1/prison/{prisonId}/prison-regime',
      path: (prison: string) => `/v1/prison/${prison}/prison-regime`,
      notFound: 'Could not find prison regime with supplied query parameters.',
      audit: 'GET_PRISON_REGIME',
      first: {
        amStart: '08:30',
        amFinish: '11:45',
        pmStart: '13:45',
        pmFinish: '16:45',
        edStart: '17:30',
        edFinish: '19:15',
        dayOfWeek: 'MONDAY',
      },
      count: 7,
    },
    {
      operation: 'GET /v1/prison/{prisonId}/prison-pay-bands',
      path: (prison: string) => `/v1/prison/${prison}/prison-pay-bands`,
      notFound: 'Could not find prison pay bands with supplied query parameters.',
      audit: 'GET_PRISON_PAY_BANDS',
      first: { id: 11, alias: 'Low', description: 'Pay band 1' },
      count: 2,
    },
    {
      operation: 'GET /v1/prison/{prisonId}/activities',
      path: (prison: string) => `/v1/prison/${prison}/activities`,
      // HEAD words a miss here as it does for the regime.
      notFound: 'Could not find prison regime with supplied query parameters.',
      audit: 'GET_PRISON_ACTIVITIES',
      first: {
        id: 1,
        activityName: 'Maths level 1',
        category: {
          code: 'SAA_EDUCATION',
          name: 'Education',
          description: 'Such as classes in English, maths, construction',
        },
        capacity: 10,
        allocated: 2,
        waitlisted: 1,
        activityState: 'LIVE',
      },
      count: 2,
    },
  ])('$operation', ({ operation, path, notFound, audit, first, count }) => {
    it('answers the prison’s list from Activities, and audits it', async () => {
      await context.queues.collect('audit', { count: 0, quietMs: 500 });
      const response = await context.api.get(path('MDI'), ALL);
      expect(response.status).toBe(200);
      expect(response.body.data).toHaveLength(count);
      expect(response.body.data[0]).toEqual(first);
      expectHeadShape(operation, response);
      const [event] = await context.queues.collect('audit', { count: 1, quietMs: 1000 });
      expect(event.json).toEqual({
        what: audit,
        who: 'all-access',
        details: '{"prisonId":"MDI"}',
        service: 'hmpps-integration-api',
        when: expect.stringMatching(ISO_INSTANT),
      });
    });

    it('answers 404 for a prison Activities does not know', async () => {
      const response = await context.api.get(path('XYZ'), ALL);
      expect(response.status).toBe(404);
      expect(response.body.userMessage).toBe(notFound);
    });

    it('answers 400 when Activities refuses the query', async () => {
      await context.stubs.setFault({ prefix: '/activities', status: 400 });
      const response = await context.api.get(path('MDI'), ALL);
      expect(response.status).toBe(400);
      expect(response.body.userMessage).toBe('Invalid query parameters.');
    });

    it('answers 500 naming the upstream when Activities fails or times out', async () => {
      await context.stubs.setFault({ prefix: '/activities', status: 500 });
      const failed = await context.api.get(path('MDI'), ALL);
      expect(failed.status).toBe(500);
      expect(failed.body.userMessage).toContain('activities');
      await context.stubs.resetFaults();
      await context.stubs.setFault({ prefix: '/activities', latencyMs: 4000 });
      const slow = await context.api.get(path('MDI'), ALL);
      expect(slow.status).toBe(500);
    });

    it('is not found, without asking Activities, for a prison outside the consumer’s prisons', async () => {
      await context.stubs.clearRequests();
      const outside = await context.api.get(path('LEI'), MDI_ONLY);
      expect(outside.status).toBe(404);
      expect(outside.body.userMessage).toBe(notFound);
      expect(await context.stubs.requests('/activities')).toEqual([]);
      expect((await context.api.get(path('MDI'), MDI_ONLY)).status).toBe(200);
    });

    it('refuses a consumer that may not call the path', async () => {
      expect((await context.api.get(path('MDI'), HEALTH_ONLY)).status).toBe(403);
    });
  });

  describe('GET /v1/activities/{activityId}/schedules', () => {
    it('lists the activity’s schedules', async () => {
      const response = await context.api.get('/v1/activities/1/schedules', ALL);
      expect(response.status).toBe(200);
      expect(response.body.data[0]).toEqual({
        id: 100,
        description: 'Maths level 1 AM',
        internalLocation: { code: 'EDU-ROOM-1', description: 'Education - R1' },
        capacity: 10,
        scheduleWeeks: 1,
        slots: [
          {
            id: 501,
            timeSlot: 'AM',
            weekNumber: 1,
            startTime: '09:00',
            endTime: '11:30',
            daysOfWeek: ['Mon', 'Wed'],
            mondayFlag: true,
            tuesdayFlag: false,
            wednesdayFlag: true,
            thursdayFlag: false,
            fridayFlag: false,
            saturdayFlag: false,
            sundayFlag: false,
          },
        ],
        startDate: '2024-01-15',
        endDate: null,
        usePrisonRegimeTime: true,
      });
      expect(response.body.data[1].internalLocation).toBeNull();
      expectHeadShape('GET /v1/activities/{activityId}/schedules', response);
    });

    it('answers 404 for an unknown activity and for one run in a prison outside the consumer’s prisons', async () => {
      const message = 'Could not find activity schedule with supplied query parameters.';
      const unknown = await context.api.get('/v1/activities/999/schedules', ALL);
      expect(unknown.status).toBe(404);
      expect(unknown.body.userMessage).toBe(message);
      const elsewhere = await context.api.get('/v1/activities/2/schedules', MDI_ONLY);
      expect(elsewhere.status).toBe(404);
      expect(elsewhere.body.userMessage).toBe(message);
      expect((await context.api.get('/v1/activities/1/schedules', MDI_ONLY)).status).toBe(200);
    });

    it('refuses an activity id that is not a whole number, without asking Activities', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get('/v1/activities/abc/schedules', ALL);
      expect(response.status).toBe(400);
      expect(response.body.userMessage).toBe('Invalid activityId: must be a whole number');
      expect(await context.stubs.requests('/activities')).toEqual([]);
    });

    it('answers 400 when Activities refuses the query and 500 when it fails', async () => {
      await context.stubs.setFault({ prefix: '/activities', status: 400, times: 1 });
      const refused = await context.api.get('/v1/activities/1/schedules', ALL);
      expect(refused.status).toBe(400);
      expect(refused.body.userMessage).toBe('Invalid query parameters.');
      await context.stubs.setFault({ prefix: '/activities', status: 500 });
      const failed = await context.api.get('/v1/activities/1/schedules', ALL);
      expect(failed.status).toBe(500);
      expect(failed.body.userMessage).toContain('activities');
    });

    it('answers 500 naming the upstream when Activities answers an unusable body', async () => {
      await context.stubs.setFault({
        prefix: '/activities',
        status: 200,
        body: '[{"id":1}]',
        contentType: 'application/json',
      });
      const response = await context.api.get('/v1/activities/1/schedules', ALL);
      expect(response.status).toBe(500);
      expect(response.body.userMessage).toContain('activities');
    });

    it('refuses a consumer that may not call the path', async () => {
      expect((await context.api.get('/v1/activities/1/schedules', HEALTH_ONLY)).status).toBe(403);
    });
  });
});
