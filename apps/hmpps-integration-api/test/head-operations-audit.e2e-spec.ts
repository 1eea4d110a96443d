import { AuditPublisher } from '@libs/queue';
import { as, useHmppsApi } from './hmpps-test-app';
import { DEALLOCATION } from './request-bodies';

const ALL = as('all-access');
const REQUEST_ID = '0650ba37-a977-4fbe-9000-4715aaecadba';
const MARCH = { startDate: '2025-03-01', endDate: '2025-03-31' };
const EDUCATION_STATUS = {
  status: 'EDUCATION_STOPPED',
  detailUrl: 'https://example.com/x',
  requestId: REQUEST_ID,
};
const ALN_ASSESSMENT = {
  status: 'ASSESSMENT_COMPLETED',
  detailUrl: 'https://example.com/x',
  requestId: REQUEST_ID,
};
const ASSESSMENTS_STATUS = {
  status: 'ALL_RELEVANT_ASSESSMENTS_COMPLETE',
  statusChangeDate: '2025-06-01',
  detailUrl: 'https://example.com/assessments/G2996UX',
  requestId: 'req-1',
};

interface Call {
  method?: 'get' | 'put' | 'post';
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  /** An upstream fault set for this request only. */
  fault?: { prefix: string; status: number };
}

/**
 * The audit event of each operation, as HEAD's controller makes it (`auditService.createEvent(what,
 * mapOf(…))` once the answer is known): exactly one event with HEAD's name and details on success, none
 * when the operation fails.
 */
describe('audit events of HEAD’s operations: one on success, with HEAD’s details; none on failure', () => {
  const context = useHmppsApi();

  /** The events published while `call` is made, with their details decoded, and the answer's status. */
  async function audited({ method = 'get', path, query, body, fault }: Call) {
    if (fault) await context.stubs.setFault(fault);
    const publish = jest.spyOn(context.app.app.get(AuditPublisher), 'publish');
    try {
      const response = await context.api[method](path, { ...ALL, query, body });
      const events = publish.mock.calls.map(([event]) => [
        event.what,
        event.details === undefined ? undefined : JSON.parse(String(event.details)),
      ]);
      return { status: response.status, events };
    } finally {
      publish.mockRestore();
    }
  }

  it.each<[string, Call, number, Record<string, string>]>([
    ['GET_ATTENDANCE_REASONS', { path: '/v1/activities/attendance-reasons' }, 200, {}],
    ['GET_DEALLOCATION_REASONS', { path: '/v1/activities/deallocation-reasons' }, 200, {}],
    ['GET_ACTIVITY_SCHEDULES', { path: '/v1/activities/1/schedules' }, 200, { activityId: '1' }],
    ['GET_SCHEDULE_DETAILS', { path: '/v1/activities/schedule/100' }, 200, { scheduleId: '100' }],
    [
      'GET_ACTIVITY_SCHEDULE_SUITABILITY_CRITERIA',
      { path: '/v1/activities/schedule/100/suitability-criteria' },
      200,
      { scheduleId: '100' },
    ],
    [
      'GET_WAITING_LIST_APPLICATIONS_BY_ID',
      { path: '/v1/activities/schedule/100/waiting-list-applications' },
      200,
      { scheduleId: '100' },
    ],
    [
      'PUT_DEALLOCATE_PRISONER_FROM_ACTIVITY',
      { method: 'put', path: '/v1/activities/schedule/100/deallocate', body: DEALLOCATION },
      200,
      { scheduleId: '100' },
    ],
    [
      'GET_PRISON_ATTENDANCES',
      { path: '/v1/prison/prisoners/G2996UX/activities/attendances', query: { ...MARCH, prisonId: 'MDI' } },
      200,
      { hmppsId: 'G2996UX', ...MARCH },
    ],
    ['COURT_CASES_SUMMARY', { path: '/v1/persons/G2996UX/court-cases' }, 200, { hmppsId: 'G2996UX' }],
    [
      'GET_PERSON_ASSESSMENT_SUMMARY',
      { path: '/v1/persons/G2996UX/assessment-summary' },
      200,
      { hmppsId: 'G2996UX' },
    ],
    [
      'GET_PERSON_CONTACT_EVENT',
      { path: '/v1/persons/G2996UX/contact-events/2' },
      200,
      { hmppsId: 'G2996UX' },
    ],
    [
      'EDUCATION_UPDATE_EVENT',
      { method: 'post', path: '/v1/persons/AB123123/education/status', body: EDUCATION_STATUS },
      201,
      { hmppsId: 'AB123123' },
    ],
    [
      'EDUCATION_ALN_ASSESSMENT_UPDATE_EVENT',
      { method: 'post', path: '/v1/persons/G2996UX/education/aln-assessment', body: ALN_ASSESSMENT },
      201,
      { hmppsId: 'G2996UX' },
    ],
    [
      'CREATE EDUCATION ASSESSMENT EVENT',
      { method: 'post', path: '/v1/persons/G2996UX/education/assessments/status', body: ASSESSMENTS_STATUS },
      200,
      { hmppsId: 'G2996UX' },
    ],
    [
      'GET_PRISONER_EMERGENCY_CONTACTS',
      { path: '/v1/persons/G2996UX/emergency-contacts' },
      200,
      { hmppsId: 'G2996UX' },
    ],
    [
      'GET_SAN_PLAN_CREATION_SCHEDULE',
      { path: '/v1/persons/G2996UX/education/san/plan-creation-schedule' },
      200,
      { hmppsId: 'G2996UX' },
    ],
    [
      'GET_SAN_REVIEW_SCHEDULE',
      { path: '/v1/persons/G2996UX/education/san/review-schedule' },
      200,
      { hmppsId: 'G2996UX' },
    ],
  ])('%s once on success', async (what, call, status, details) => {
    const { status: answered, events } = await audited(call);
    expect(answered).toBe(status);
    expect(events).toEqual([[what, details]]);
  });

  it('audits activity and schedule ids as HEAD’s Longs write them', async () => {
    const schedules = await audited({ path: '/v1/activities/01/schedules' });
    expect(schedules).toEqual({ status: 200, events: [['GET_ACTIVITY_SCHEDULES', { activityId: '1' }]] });
    const details = await audited({ path: '/v1/activities/schedule/0100' });
    expect(details).toEqual({ status: 200, events: [['GET_SCHEDULE_DETAILS', { scheduleId: '100' }]] });
  });

  it.each<[string, Call, number]>([
    [
      'GET_ATTENDANCE_REASONS',
      {
        path: '/v1/activities/attendance-reasons',
        fault: { prefix: '/activities/integration-api/attendance-reasons', status: 500 },
      },
      500,
    ],
    ['GET_ACTIVITY_SCHEDULES', { path: '/v1/activities/999/schedules' }, 404],
    ['GET_SCHEDULE_DETAILS', { path: '/v1/activities/schedule/999' }, 404],
    [
      'GET_ACTIVITY_SCHEDULE_SUITABILITY_CRITERIA',
      { path: '/v1/activities/schedule/x/suitability-criteria' },
      400,
    ],
    [
      'GET_WAITING_LIST_APPLICATIONS_BY_ID',
      { path: '/v1/activities/schedule/999/waiting-list-applications' },
      404,
    ],
    [
      'PUT_DEALLOCATE_PRISONER_FROM_ACTIVITY',
      { method: 'put', path: '/v1/activities/schedule/999/deallocate', body: DEALLOCATION },
      404,
    ],
    [
      'GET_PRISON_ATTENDANCES',
      { path: '/v1/prison/prisoners/Z9999ZZ/activities/attendances', query: MARCH },
      404,
    ],
    ['COURT_CASES_SUMMARY', { path: '/v1/persons/nope/court-cases' }, 400],
    ['GET_PERSON_ASSESSMENT_SUMMARY', { path: '/v1/persons/A1234AA/assessment-summary' }, 404],
    ['GET_PERSON_CONTACT_EVENT', { path: '/v1/persons/G2996UX/contact-events/99' }, 404],
    [
      'EDUCATION_UPDATE_EVENT',
      { method: 'post', path: '/v1/persons/G2996UX/education/status', body: { status: 'EDUCATION_PAUSED' } },
      400,
    ],
    [
      'EDUCATION_ALN_ASSESSMENT_UPDATE_EVENT',
      { method: 'post', path: '/v1/persons/Z9999ZZ/education/aln-assessment', body: ALN_ASSESSMENT },
      404,
    ],
    [
      'CREATE EDUCATION ASSESSMENT EVENT',
      {
        method: 'post',
        path: '/v1/persons/G2996UX/education/assessments/status',
        body: { ...ASSESSMENTS_STATUS, statusChangeDate: '2025-02-30' },
      },
      400,
    ],
    ['GET_PRISONER_EMERGENCY_CONTACTS', { path: '/v1/persons/Z9999ZZ/emergency-contacts' }, 404],
    [
      'GET_SAN_PLAN_CREATION_SCHEDULE',
      { path: '/v1/persons/Z9999ZZ/education/san/plan-creation-schedule' },
      404,
    ],
    ['GET_SAN_REVIEW_SCHEDULE', { path: '/v1/persons/Z9999ZZ/education/san/review-schedule' }, 404],
  ])('no %s when the operation fails', async (_what, call, status) => {
    const { status: answered, events } = await audited(call);
    expect(answered).toBe(status);
    expect(events).toEqual([]);
  });
});
