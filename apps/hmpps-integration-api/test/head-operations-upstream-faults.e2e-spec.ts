import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { HttpRequestOptions, HttpResponse } from '@libs/testing';
import { as, useHmppsApi } from './hmpps-test-app';
import { CANCEL_VISIT, CREATE_VISIT, DEALLOCATION, VISIT_DETAILS } from './request-bodies';

/**
 * What a caller sees when the upstream behind a HEAD operation fails: a 500 naming the upstream and the
 * call, with the request's trace id in `moreInfo`, when it answers 500 and when it does not answer within
 * the call's time bound (answered within that bound, not after the upstream's delay). Writes check their
 * upstream before sending a message, so a failing upstream leaves the queue empty.
 */
const ALL = as('all-access');
/** The app's bound on one upstream call here (the test default is 1500 ms: kept short to keep the file quick). */
const TIMEOUT_MS = 1_000;
/** How long the stub holds a faulted call: well beyond the bound. */
const LATENCY_MS = 3_000;
/** The bound plus room for the rest of the request on a busy machine, still well short of the delay. */
const ANSWERED_WITHIN_MS = TIMEOUT_MS + 1_500;
const UPSTREAM_NOT_RESPONDING = 'Unable to complete request as an upstream service is not responding';

interface Call {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  query?: HttpRequestOptions['query'];
  body?: unknown;
}

interface FaultCase {
  operation: string;
  request: Call;
  /** The stubs' path prefix the fault applies to. */
  prefix: string;
  /** The upstream's name, as errors give it. */
  upstream: string;
  /** The failing upstream call: method and path under the upstream's base URL. */
  call: string;
  /** A successful call through the same upstream (default: the operation itself), for the circuit breaker. */
  warm?: Call;
  /** The queue a write sends to: nothing may reach it when the upstream fails. */
  queue?: string;
}

const MARCH = { startDate: '2025-03-01', endDate: '2025-03-31' };
const get = (path: string, query?: Call['query']): Call => ({ method: 'GET', path, query });
const ACTIVITIES_READ = get('/v1/activities/attendance-reasons');
const VISITS_READ = get('/v1/visit/ab-cd-ef-gh');
const CONTACTS_READ = get('/v1/persons/G2996UX/emergency-contacts');

const CASES: FaultCase[] = [
  {
    operation: 'GET /v1/activities/attendance-reasons',
    request: ACTIVITIES_READ,
    prefix: '/activities',
    upstream: 'activities',
    call: 'GET /integration-api/attendance-reasons',
  },
  {
    operation: 'GET /v1/activities/deallocation-reasons',
    request: get('/v1/activities/deallocation-reasons'),
    prefix: '/activities',
    upstream: 'activities',
    call: 'GET /integration-api/allocations/deallocation-reasons',
  },
  {
    operation: 'GET /v1/activities/schedule/{scheduleId}/suitability-criteria',
    request: get('/v1/activities/schedule/100/suitability-criteria'),
    prefix: '/activities',
    upstream: 'activities',
    call: 'GET /integration-api/schedules/100',
  },
  {
    operation: 'GET /v1/activities/{activityId}/schedules',
    request: get('/v1/activities/1/schedules'),
    prefix: '/activities',
    upstream: 'activities',
    call: 'GET /integration-api/activities/1/schedules',
  },
  {
    operation: 'GET /v1/prison/prisoners/{hmppsId}/activities/attendances',
    request: get('/v1/prison/prisoners/G2996UX/activities/attendances', MARCH),
    prefix: '/activities',
    upstream: 'activities',
    call: 'GET /integration-api/attendances/prisoner/G2996UX',
  },
  {
    operation: 'POST /v1/prison/{prisonId}/appointments/search',
    request: {
      method: 'POST',
      path: '/v1/prison/MDI/appointments/search',
      body: { startDate: '2025-03-03', prisonerNumbers: ['G2996UX'] },
    },
    prefix: '/activities',
    upstream: 'activities',
    call: 'POST /integration-api/appointments/MDI/search',
  },
  {
    operation: 'PUT /v1/activities/schedule/{scheduleId}/deallocate',
    request: { method: 'PUT', path: '/v1/activities/schedule/100/deallocate', body: DEALLOCATION },
    prefix: '/activities',
    upstream: 'activities',
    call: 'GET /integration-api/schedules/100',
    warm: ACTIVITIES_READ,
    queue: 'activities',
  },
  {
    operation: 'GET /v1/activities/schedule/{scheduleId}/waiting-list-applications',
    request: get('/v1/activities/schedule/100/waiting-list-applications'),
    prefix: '/activities',
    upstream: 'activities',
    call: 'GET /integration-api/schedules/100',
  },
  {
    operation: 'GET /v1/prison/{prisonId}/prisoners/{hmppsId}/scheduled-instances',
    request: get('/v1/prison/MDI/prisoners/G2996UX/scheduled-instances', MARCH),
    prefix: '/activities',
    upstream: 'activities',
    call: 'GET /integration-api/prisons/MDI/prisoner/G2996UX/scheduled-instances',
  },
  {
    operation: 'GET /v1/prison/{prisonId}/residential-details',
    request: get('/v1/prison/MDI/residential-details'),
    prefix: '/locations-inside-prison',
    upstream: 'locations-inside-prison',
    call: 'GET /locations/residential-summary/MDI',
  },
  {
    operation: 'GET /v1/prison/{prisonId}/capacity',
    request: get('/v1/prison/MDI/capacity'),
    prefix: '/locations-inside-prison',
    upstream: 'locations-inside-prison',
    call: 'GET /locations/residential-summary/MDI',
  },
  {
    operation: 'GET /v1/prison/{prisonId}/location/{key}',
    request: get('/v1/prison/MDI/location/MDI-1-1-001'),
    prefix: '/locations-inside-prison',
    upstream: 'locations-inside-prison',
    call: 'GET /locations/key/MDI-1-1-001',
  },
  {
    operation: 'POST /v1/visit',
    request: { method: 'POST', path: '/v1/visit', body: CREATE_VISIT },
    prefix: '/personal-relationships',
    upstream: 'personal-relationships',
    call: 'GET /prisoner/G2996UX/contact',
    warm: CONTACTS_READ,
    queue: 'visits',
  },
  {
    operation: 'PUT /v1/visit/{visitReference}',
    request: { method: 'PUT', path: '/v1/visit/ab-cd-ef-gh', body: VISIT_DETAILS },
    prefix: '/manage-prison-visits',
    upstream: 'manage-prison-visits',
    call: 'GET /visits/ab-cd-ef-gh',
    warm: VISITS_READ,
    queue: 'visits',
  },
  {
    operation: 'POST /v1/visit/{visitReference}/cancel',
    request: { method: 'POST', path: '/v1/visit/ab-cd-ef-gh/cancel', body: CANCEL_VISIT },
    prefix: '/manage-prison-visits',
    upstream: 'manage-prison-visits',
    call: 'GET /visits/ab-cd-ef-gh',
    warm: VISITS_READ,
    queue: 'visits',
  },
  {
    operation: 'GET /v1/visit/id/by-client-ref/{clientReference}',
    request: get('/v1/visit/id/by-client-ref/client-ref-mdi'),
    prefix: '/manage-prison-visits',
    upstream: 'manage-prison-visits',
    call: 'GET /visits/external-system/client-ref-mdi',
  },
  {
    operation: 'GET /v1/persons/{hmppsId}/languages',
    request: get('/v1/persons/G2996UX/languages'),
    prefix: '/prisoner-offender-search/prisoner/G2996UX',
    upstream: 'prisoner-offender-search',
    call: 'GET /prisoner/G2996UX',
  },
  {
    operation: 'GET /v1/persons/{hmppsId}/physical-characteristics',
    request: get('/v1/persons/G2996UX/physical-characteristics'),
    prefix: '/prisoner-offender-search/prisoner/G2996UX',
    upstream: 'prisoner-offender-search',
    call: 'GET /prisoner/G2996UX',
  },
  {
    operation: 'GET /v1/persons/{hmppsId}/cell-share-risk-assessments',
    request: get('/v1/persons/G2996UX/cell-share-risk-assessments'),
    prefix: '/prison-api/api/offender-assessments',
    upstream: 'prison-api',
    call: 'GET /api/offender-assessments/csra/G2996UX',
  },
  {
    operation: 'GET /v1/persons/{hmppsId}/contact-events/{contactEventId}',
    request: get('/v1/persons/G2996UX/contact-events/2'),
    // The contacts only: the CRN comes from nDelius' case search first.
    prefix: '/ndelius/case/AB123123/contacts',
    upstream: 'ndelius',
    call: 'GET /case/AB123123/contacts/2',
  },
  {
    operation: 'GET /v1/persons/{hmppsId}/access-limitations',
    request: get('/v1/persons/X654321/access-limitations'),
    prefix: '/ndelius',
    upstream: 'ndelius',
    call: 'GET /case/X654321/access-limitations',
  },
  {
    operation: 'GET /v1/persons/{hmppsId}/assessment-summary',
    request: get('/v1/persons/G2996UX/assessment-summary'),
    prefix: '/assess-risks-and-needs',
    upstream: 'assess-risks-and-needs',
    call: 'GET /assessments/mapps/crn/AB123123',
  },
  {
    operation: 'GET /v1/persons/{hmppsId}/education',
    request: get('/v1/persons/G2996UX/education'),
    prefix: '/plp',
    upstream: 'plp',
    call: 'GET /person/G2996UX/education',
  },
  {
    operation: 'GET /v1/persons/{hmppsId}/education/san/plan-creation-schedule',
    request: get('/v1/persons/G2996UX/education/san/plan-creation-schedule'),
    prefix: '/support-additional-needs',
    upstream: 'support-additional-needs',
    call: 'GET /profile/G2996UX/plan-creation-schedule',
  },
  {
    operation: 'GET /v1/persons/{hmppsId}/education/san/review-schedule',
    request: get('/v1/persons/G2996UX/education/san/review-schedule'),
    prefix: '/support-additional-needs',
    upstream: 'support-additional-needs',
    call: 'GET /profile/G2996UX/reviews/review-schedules',
  },
  {
    operation: 'GET /v1/contacts/{contactId}/linked-prisoners',
    request: get('/v1/contacts/123456/linked-prisoners'),
    prefix: '/personal-relationships',
    upstream: 'personal-relationships',
    call: 'GET /contact/123456/linked-prisoners',
  },
  {
    operation: 'GET /v1/persons/{hmppsId}/emergency-contacts',
    request: CONTACTS_READ,
    prefix: '/personal-relationships',
    upstream: 'personal-relationships',
    call: 'GET /prisoner/G2996UX/contact',
  },
];

/** The call as the errors name it: the stubs serve each upstream under its own name, its base path here. */
const named = ({ upstream, call }: FaultCase) => call.replace(' ', ` /${upstream}`);

/**
 * A bad hmppsId, refused before any upstream call. HEAD refuses it for languages, physical characteristics
 * and education ("Bad request from upstream …"; for languages HEAD's message ends in "null", its
 * prison-filtered lookup giving the error no description, where this one names the id as care needs does).
 * HEAD does not refuse it for the prison timeline (its `data!!` fails: a 500) nor the SAN schedules (a 200
 * with no schedules): there the fidelity policy's 400 (bad input is 400, never 500 or a silent 200).
 */
const BAD_IDS: { operation: string; path: string; message: string }[] = [
  {
    operation: 'GET /v1/persons/{hmppsId}/languages',
    path: '/v1/persons/not-an-id/languages',
    message: 'Bad request from upstream Invalid HMPPS ID: not-an-id',
  },
  {
    operation: 'GET /v1/persons/{hmppsId}/physical-characteristics',
    path: '/v1/persons/not-an-id/physical-characteristics',
    message: 'Bad request from upstream Invalid HMPPS ID: not-an-id',
  },
  {
    operation: 'GET /v1/persons/{hmppsId}/education',
    path: '/v1/persons/not-an-id/education',
    message: 'Bad request from upstream Invalid HMPPS ID: not-an-id',
  },
  {
    operation: 'GET /v1/persons/{hmppsId}/prison-timeline',
    path: '/v1/persons/not-an-id/prison-timeline',
    message: 'Invalid HMPPS ID: not-an-id',
  },
  {
    operation: 'GET /v1/persons/{hmppsId}/education/san/plan-creation-schedule',
    path: '/v1/persons/not-an-id/education/san/plan-creation-schedule',
    message: 'Invalid HMPPS ID: not-an-id',
  },
  {
    operation: 'GET /v1/persons/{hmppsId}/education/san/review-schedule',
    path: '/v1/persons/not-an-id/education/san/review-schedule',
    message: 'Invalid HMPPS ID: not-an-id',
  },
];

const upstreamFailure = (userMessage: string, traceId: string) => ({
  status: 500,
  errorCode: null,
  userMessage,
  developerMessage: UPSTREAM_NOT_RESPONDING,
  moreInfo: traceId,
});

describe('HEAD operations when their upstream fails: a 500 naming it, within the call’s time bound', () => {
  const context = useHmppsApi({ UPSTREAM_TIMEOUT_MS: String(TIMEOUT_MS) });

  /** The call, traced, so the answer's `moreInfo` can be checked; how long it took. */
  const send = async (
    call: Call,
  ): Promise<{ response: HttpResponse; traceId: string; elapsedMs: number }> => {
    const traceId = randomBytes(16).toString('hex');
    const started = performance.now();
    const response = await context.api.request(call.method, call.path, {
      headers: { ...ALL.headers, traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
      query: call.query,
      body: call.body,
    });
    return { response, traceId, elapsedMs: performance.now() - started };
  };

  /**
   * Two successes through the upstream before each failure: its circuit breaker opens once more than half
   * of the calls in its window fail, and would otherwise answer for the upstream after a few cases.
   */
  const warmUp = async ({ request, warm = request }: FaultCase) => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const { response } = await send(warm);
      expect({ warm: warm.path, status: response.status }).toEqual({ warm: warm.path, status: 200 });
    }
  };

  const nothingQueued = async (queue: string | undefined) => {
    if (!queue) return;
    await sleep(300);
    expect(await context.queues.depth(queue)).toBe(0);
  };

  describe.each(CASES)('$operation', (fault) => {
    it(`answers 500 naming ${fault.upstream} when it answers 500`, async () => {
      await warmUp(fault);
      await context.stubs.setFault({ prefix: fault.prefix, status: 500 });
      const { response, traceId } = await send(fault.request);
      expect({ status: response.status, body: response.body }).toEqual({
        status: 500,
        body: upstreamFailure(`${fault.upstream} answered 500 to ${named(fault)}`, traceId),
      });
      await nothingQueued(fault.queue);
    });

    it(`answers 500 naming ${fault.upstream} within the bound when it does not answer`, async () => {
      await warmUp(fault);
      await context.stubs.setFault({ prefix: fault.prefix, latencyMs: LATENCY_MS });
      const { response, traceId, elapsedMs } = await send(fault.request);
      expect({ status: response.status, body: response.body }).toEqual({
        status: 500,
        body: upstreamFailure(
          `${fault.upstream} did not answer ${named(fault)} within ${TIMEOUT_MS} ms`,
          traceId,
        ),
      });
      expect(elapsedMs).toBeGreaterThanOrEqual(TIMEOUT_MS);
      expect(elapsedMs).toBeLessThan(ANSWERED_WITHIN_MS);
      await nothingQueued(fault.queue);
    });
  });

  describe.each(BAD_IDS)('$operation', ({ path, message }) => {
    it('answers 400 for an id that is no HMPPS ID, asking no upstream', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get(path, ALL);
      expect({ status: response.status, body: response.body }).toEqual({
        status: 400,
        body: {
          status: 400,
          errorCode: null,
          userMessage: message,
          developerMessage: `Validation failure: ${message}`,
          moreInfo: null,
        },
      });
      const upstreamCalls = (await context.stubs.requests()).filter((call) => !call.path.startsWith('/auth'));
      expect(upstreamCalls).toEqual([]);
    });
  });

  describe('POST /v1/persons/{hmppsId}/education/assessments/status', () => {
    it('answers 404, as HEAD, for a CRN probation does not know, sending nothing', async () => {
      const response = await context.api.post('/v1/persons/Z999999/education/assessments/status', {
        ...ALL,
        body: {
          status: 'ALL_RELEVANT_ASSESSMENTS_COMPLETE',
          statusChangeDate: '2025-06-01',
          detailUrl: 'https://example.com/assessments/Z999999',
          requestId: 'req-unknown',
        },
      });
      const message = 'Could not find person with id: Z999999';
      expect({ status: response.status, body: response.body }).toEqual({
        status: 404,
        body: {
          status: 404,
          errorCode: null,
          userMessage: message,
          developerMessage: `404 Not found error: ${message}`,
          moreInfo: null,
        },
      });
      await nothingQueued('assessmentevents');
    });
  });
});
