import { expectHeadShape } from './head-contract';
import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');
/** Role all-endpoints, limited to MDI. */
const MDI_ONLY = as('specific-prison');
const HEALTH_ONLY = as('kubernetes-health-check-client');
const MARCH = { startDate: '2025-03-01', endDate: '2025-03-31' };

describe('Activities: a prisoner’s attendances and scheduled sessions, and a prison’s appointments', () => {
  const context = useHmppsApi();

  describe('GET /v1/prison/prisoners/{hmppsId}/activities/attendances', () => {
    const path = (id: string) => `/v1/prison/prisoners/${id}/activities/attendances`;

    it('answers the prisoner’s attendances in the range, passing the dates and prison upstream', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get(path('G2996UX'), { ...ALL, query: MARCH });
      expect(response.status).toBe(200);
      expect(response.body.data).toHaveLength(2);
      expect(response.body.data[0]).toEqual({
        id: 9001,
        scheduleInstanceId: 7001,
        prisonerNumber: 'G2996UX',
        attendanceReason: {
          code: 'SICK',
          description: 'Sick',
          attended: false,
          capturePay: true,
          captureMoreDetail: true,
          captureCaseNote: false,
          captureIncentiveLevelWarning: false,
          captureOtherText: false,
          displayInAbsence: true,
          notes: 'Maps to ACCAB in NOMIS',
        },
        comment: 'Felt unwell',
        status: 'COMPLETED',
        payAmount: 100,
        bonusAmount: null,
        pieces: null,
        issuePayment: true,
        incentiveLevelWarningIssued: false,
        otherAbsenceReason: null,
        caseNoteText: null,
        editable: true,
        payable: true,
      });
      expectHeadShape('GET /v1/prison/prisoners/{hmppsId}/activities/attendances', response);
      const narrowed = await context.api.get(path('G2996UX'), {
        ...ALL,
        query: { startDate: '2025-03-05', endDate: '2025-03-31', prisonId: 'MDI' },
      });
      expect(narrowed.body.data.map((attendance: { id: number }) => attendance.id)).toEqual([9004]);
      const calls = await context.stubs.requests('/activities/integration-api/attendances/prisoner/G2996UX');
      expect(calls.map((call) => call.query)).toEqual([
        MARCH,
        { startDate: '2025-03-05', endDate: '2025-03-31', prisonCode: 'MDI' },
      ]);
    });

    it('answers 400 for missing or impossible dates without asking Activities, and for an invalid id', async () => {
      await context.stubs.clearRequests();
      const missing = await context.api.get(path('G2996UX'), { ...ALL, query: { startDate: '2025-03-01' } });
      expect(missing.status).toBe(400);
      const impossible = await context.api.get(path('G2996UX'), {
        ...ALL,
        query: { ...MARCH, endDate: '2025-02-30' },
      });
      expect(impossible.status).toBe(400);
      expect(await context.stubs.requests('/activities')).toEqual([]);
      const invalid = await context.api.get(path('nope'), { ...ALL, query: MARCH });
      expect(invalid.status).toBe(400);
      expect(invalid.body.userMessage).toBe('Invalid query parameters.');
    });

    it('answers 404 for an unknown prisoner and one held outside the consumer’s prisons', async () => {
      const unknown = await context.api.get(path('Z9999ZZ'), { ...ALL, query: MARCH });
      expect(unknown.status).toBe(404);
      expect(unknown.body.userMessage).toBe('Could not find attendances for prisoner.');
      const elsewhere = await context.api.get(path('A1234AA'), { ...MDI_ONLY, query: MARCH });
      expect(elsewhere.status).toBe(404);
      expect((await context.api.get(path('G2996UX'), { ...MDI_ONLY, query: MARCH })).status).toBe(200);
    });

    it('answers 400 when Activities refuses the range, 404 when it does not know the prisoner, 500 when it fails', async () => {
      const backwards = await context.api.get(path('G2996UX'), {
        ...ALL,
        query: { startDate: '2025-03-31', endDate: '2025-03-01' },
      });
      expect(backwards.status).toBe(400);
      expect(backwards.body.userMessage).toBe('Invalid query parameters.');
      await context.stubs.setFault({ prefix: '/activities/integration-api/attendances', status: 404 });
      expect((await context.api.get(path('G2996UX'), { ...ALL, query: MARCH })).status).toBe(404);
      await context.stubs.resetFaults();
      await context.stubs.setFault({ prefix: '/activities/integration-api/attendances', status: 500 });
      const failed = await context.api.get(path('G2996UX'), { ...ALL, query: MARCH });
      expect(failed.status).toBe(500);
      expect(failed.body.userMessage).toContain('activities');
    });

    it('refuses a consumer that may not call the path', async () => {
      expect((await context.api.get(path('G2996UX'), { ...HEALTH_ONLY, query: MARCH })).status).toBe(403);
    });
  });

  describe('GET /v1/prison/{prisonId}/prisoners/{hmppsId}/scheduled-instances', () => {
    const path = (prison: string, id: string) => `/v1/prison/${prison}/prisoners/${id}/scheduled-instances`;

    it('answers the prisoner’s sessions at the prison, by NOMIS number, narrowed by slot', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get(path('MDI', 'G2996UX'), { ...ALL, query: MARCH });
      expect(response.status).toBe(200);
      expect(response.body.data[0]).toEqual({
        id: 7001,
        activityId: 1,
        sessionDate: '2025-03-03',
        startTime: '09:00',
        endTime: '11:30',
        inCell: false,
        onWing: false,
        offWing: true,
        scheduleDescription: 'Maths level 1 AM',
        activityCategory: 'SAA_EDUCATION',
        activitySummary: 'Maths level 1',
        cancelled: false,
        suspended: false,
        autoSuspended: false,
        timeSlot: 'AM',
        issuePayment: null,
        attendanceStatus: 'WAITING',
        attendanceReasonCode: null,
        paidActivity: true,
        possibleAdvanceAttendance: false,
      });
      expect(response.body.data).toHaveLength(2);
      expectHeadShape('GET /v1/prison/{prisonId}/prisoners/{hmppsId}/scheduled-instances', response);
      const pm = await context.api.get(path('MDI', 'G2996UX'), { ...ALL, query: { ...MARCH, slot: 'PM' } });
      expect(pm.body.data.map((session: { id: number }) => session.id)).toEqual([7003]);
      const calls = await context.stubs.requests('/activities/integration-api/prisons/MDI/prisoner/G2996UX');
      expect(calls.map((call) => call.query)).toEqual([MARCH, { ...MARCH, slot: 'PM' }]);
    });

    it('answers 400 for missing dates or an unknown slot without asking Activities', async () => {
      await context.stubs.clearRequests();
      expect((await context.api.get(path('MDI', 'G2996UX'), ALL)).status).toBe(400);
      const slot = await context.api.get(path('MDI', 'G2996UX'), {
        ...ALL,
        query: { ...MARCH, slot: 'NIGHT' },
      });
      expect(slot.status).toBe(400);
      expect(slot.body.userMessage).toBe('slot must be one of AM, PM, ED');
      expect(await context.stubs.requests('/activities')).toEqual([]);
    });

    it('is not found for a prison outside the consumer’s, and gives the filter answer for a prisoner held elsewhere', async () => {
      await context.stubs.clearRequests();
      const prison = await context.api.get(path('LEI', 'A1234AA'), { ...MDI_ONLY, query: MARCH });
      expect(prison.status).toBe(404);
      expect(prison.body.userMessage).toBe(
        'Could not find scheduled instances with supplied query parameters.',
      );
      const person = await context.api.get(path('MDI', 'A1234AA'), { ...MDI_ONLY, query: MARCH });
      expect(person.status).toBe(404);
      expect(person.body.userMessage).toBe('The requested resource could not be found');
      expect(await context.stubs.requests('/activities')).toEqual([]);
    });

    it('answers 404 for an unknown person, 400 when Activities refuses and 500 when it fails', async () => {
      const unknown = await context.api.get(path('MDI', 'Z9999ZZ'), { ...ALL, query: MARCH });
      expect(unknown.status).toBe(404);
      await context.stubs.setFault({ prefix: '/activities/integration-api/prisons', status: 400, times: 1 });
      const refused = await context.api.get(path('MDI', 'G2996UX'), { ...ALL, query: MARCH });
      expect(refused.status).toBe(400);
      expect(refused.body.userMessage).toBe('Invalid query parameters.');
      await context.stubs.setFault({ prefix: '/activities/integration-api/prisons', latencyMs: 4000 });
      const slow = await context.api.get(path('MDI', 'G2996UX'), { ...ALL, query: MARCH });
      expect(slow.status).toBe(500);
      expect(slow.body.userMessage).toContain('activities');
    });

    it('audits with the path, dates and slot', async () => {
      await context.queues.collect('audit', { count: 0, quietMs: 500 });
      await context.api.get(path('MDI', 'G2996UX'), { ...ALL, query: MARCH });
      const [event] = await context.queues.collect('audit', { count: 1, quietMs: 1000 });
      expect(event.json).toMatchObject({
        what: 'GET_SCHEDULED_INSTANCES_FOR_PRISONER',
        details: JSON.stringify({ prisonId: 'MDI', hmppsId: 'G2996UX', ...MARCH, slot: null }),
      });
    });

    it('refuses a consumer that may not call the path', async () => {
      expect((await context.api.get(path('MDI', 'G2996UX'), { ...HEALTH_ONLY, query: MARCH })).status).toBe(
        403,
      );
    });
  });

  describe('POST /v1/prison/{prisonId}/appointments/search', () => {
    const path = (prison: string) => `/v1/prison/${prison}/appointments/search`;

    it('answers the matching appointments, sending only the criteria given', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.post(path('MDI'), {
        ...ALL,
        body: {
          startDate: '2025-03-03',
          timeSlots: ['AM', 'PM'],
          categoryCode: null,
          prisonerNumbers: ['G2996UX'],
        },
      });
      expect(response.status).toBe(200);
      expect(
        response.body.data.map((appointment: { appointmentId: number }) => appointment.appointmentId),
      ).toEqual([301, 302]);
      expect(response.body.data[0]).toEqual({
        appointmentId: 301,
        appointmentType: 'INDIVIDUAL',
        prisonId: 'MDI',
        appointmentName: 'Gym - Weights (GYMW)',
        attendees: [{ prisonerNumber: 'G2996UX' }],
        category: { code: 'GYMW', description: 'Gym - Weights' },
        customName: null,
        internalLocation: { code: 'GYM-1', description: 'Gym' },
        inCell: false,
        startDate: '2025-03-03',
        startTime: '09:00',
        endTime: '10:30',
        timeSlot: 'AM',
        isRepeat: false,
        sequenceNumber: 1,
        maxSequenceNumber: 1,
        isEdited: false,
        isCancelled: false,
        isExpired: false,
      });
      expect(response.body.data[1].internalLocation).toBeNull();
      expectHeadShape('POST /v1/prison/{prisonId}/appointments/search', response);
      const [call] = await context.stubs.requests('/activities/integration-api/appointments/MDI/search');
      expect(call.body).toEqual({
        startDate: '2025-03-03',
        timeSlots: ['AM', 'PM'],
        prisonerNumbers: ['G2996UX'],
      });
    });

    it('searches a date range', async () => {
      const response = await context.api.post(path('MDI'), {
        ...ALL,
        body: { startDate: '2025-03-01', endDate: '2025-03-31', appointmentType: 'INDIVIDUAL' },
      });
      expect(
        response.body.data.map((appointment: { appointmentId: number }) => appointment.appointmentId),
      ).toEqual([301, 303]);
    });

    it('refuses a body without a start date, or with an unknown time slot, in the validation envelope', async () => {
      await context.stubs.clearRequests();
      const missing = await context.api.post(path('MDI'), { ...ALL, body: {} });
      expect(missing.status).toBe(400);
      expect(missing.body.validationErrors).toEqual(['Start date must be supplied']);
      const slot = await context.api.post(path('MDI'), {
        ...ALL,
        body: { startDate: '2025-03-03', timeSlots: ['NIGHT'] },
      });
      expect(slot.status).toBe(400);
      expect(await context.stubs.requests('/activities')).toEqual([]);
    });

    it('is not found, without asking Activities, for a prison outside the consumer’s', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.post(path('LEI'), {
        ...MDI_ONLY,
        body: { startDate: '2025-03-03' },
      });
      expect(response.status).toBe(404);
      expect(response.body.userMessage).toBe('Could not find appointments with supplied query parameters.');
      expect(await context.stubs.requests('/activities')).toEqual([]);
    });

    it('answers 400 when Activities refuses, 404 when it does not know the prison and 500 when it fails', async () => {
      await context.stubs.setFault({
        prefix: '/activities/integration-api/appointments',
        status: 400,
        times: 1,
      });
      const refused = await context.api.post(path('MDI'), { ...ALL, body: { startDate: '2025-03-03' } });
      expect(refused.status).toBe(400);
      expect(refused.body.userMessage).toBe('Invalid query parameters.');
      await context.stubs.setFault({
        prefix: '/activities/integration-api/appointments',
        status: 404,
        times: 1,
      });
      expect(
        (await context.api.post(path('MDI'), { ...ALL, body: { startDate: '2025-03-03' } })).status,
      ).toBe(404);
      await context.stubs.setFault({ prefix: '/activities/integration-api/appointments', status: 500 });
      const failed = await context.api.post(path('MDI'), { ...ALL, body: { startDate: '2025-03-03' } });
      expect(failed.status).toBe(500);
      expect(failed.body.userMessage).toContain('activities');
    });

    it('audits with the prison and start date', async () => {
      await context.queues.collect('audit', { count: 0, quietMs: 500 });
      await context.api.post(path('MDI'), { ...ALL, body: { startDate: '2025-03-03' } });
      const [event] = await context.queues.collect('audit', { count: 1, quietMs: 1000 });
      expect(event.json).toMatchObject({
        what: 'SEARCH_APPOINTMENTS',
        details: '{"prisonId":"MDI","startDate":"2025-03-03"}',
      });
    });

    it('refuses a consumer that may not call the path', async () => {
      expect((await context.api.post(path('MDI'), { ...HEALTH_ONLY, body: {} })).status).toBe(403);
    });
  });
});
