import type { HttpRequestOptions } from '@libs/testing';
import type { Dispatcher } from 'undici';
import headOperations from '../contract/head-operations.json';
import { as, useHmppsApi } from './hmpps-test-app';
import {
  ATTENDANCE,
  courseCompletion,
  DEALLOCATION,
  transferToSavings,
  VISIT_DETAILS,
} from './request-bodies';

/**
 * Every HEAD operation (contract/head-operations.json) refused to a consumer whose roles leave its path
 * out: HEAD's 403 body, before any upstream call and before the query or body is looked at, while the
 * same request from a consumer whose role lists the path is served (so no row passes by refusing all).
 */

/** Role hmpps-system: the health probes, /v1/status and /v1/hmpps/reference-data only. */
const SYSTEM_ONLY = 'config-v2-test';
/** Seed-era role private-prison, which lists neither /v1/status nor /v1/hmpps/reference-data. */
const PRIVATE_PRISON = 'private-prison-only';
/** Role full-access (every endpoint). */
const PERMITTED = 'automated-test-client';

interface Row {
  /** The HEAD operation key, `METHOD /template`. */
  key: string;
  /** A concrete path for the template. */
  path: string;
  query?: Record<string, string>;
  /** A valid body, so that a refusal cannot be a validation failure in disguise. */
  body?: unknown;
  /** The refused consumer when not SYSTEM_ONLY (whose role lists the path). */
  refused?: string;
  /** What the permitted consumer is answered when not a 2xx. */
  permittedStatus?: number;
}

const MARCH = { startDate: '2025-03-01', endDate: '2025-03-31' };
const REQUEST_ID = '0650ba37-a977-4fbe-9000-4715aaecadba';
const DETAIL_URL = 'https://example.com/sequation-virtual-campus2-api/learnerQualifications/v2/G2996UX';
const ALLOCATION = {
  prisonerNumber: 'K4321LA',
  payBandId: 11,
  startDate: '2099-01-05',
  endDate: '2099-06-30',
  exclusions: [],
};
let reference = 0;
/** A client reference no other row uses, so the Prison API stand-in never sees one twice. */
const uniqueRef = (label: string) => `${label}-${Date.now()}-${(reference += 1)}`;

const PRISONER = '/v1/prison/MDI/prisoners/G2996UX';
const PERSON = '/v1/persons/G2996UX';

const ROWS: Row[] = [
  // Activities
  { key: 'GET /v1/activities/{activityId}/schedules', path: '/v1/activities/1/schedules' },
  { key: 'GET /v1/activities/schedule/{scheduleId}', path: '/v1/activities/schedule/100' },
  {
    key: 'GET /v1/activities/schedule/{scheduleId}/suitability-criteria',
    path: '/v1/activities/schedule/100/suitability-criteria',
  },
  {
    key: 'PUT /v1/activities/schedule/attendance',
    path: '/v1/activities/schedule/attendance',
    body: [ATTENDANCE],
  },
  { key: 'GET /v1/activities/attendance-reasons', path: '/v1/activities/attendance-reasons' },
  {
    key: 'PUT /v1/activities/schedule/{scheduleId}/deallocate',
    path: '/v1/activities/schedule/100/deallocate',
    body: DEALLOCATION,
  },
  { key: 'GET /v1/activities/deallocation-reasons', path: '/v1/activities/deallocation-reasons' },
  {
    key: 'POST /v1/activities/schedule/{scheduleId}/allocate',
    path: '/v1/activities/schedule/101/allocate',
    body: ALLOCATION,
  },
  {
    key: 'GET /v1/activities/schedule/{scheduleId}/waiting-list-applications',
    path: '/v1/activities/schedule/100/waiting-list-applications',
  },
  // Finance
  { key: 'GET /v1/prison/{prisonId}/prisoners/{hmppsId}/balances', path: `${PRISONER}/balances` },
  {
    key: 'GET /v1/prison/{prisonId}/prisoners/{hmppsId}/accounts/{accountCode}/balances',
    path: `${PRISONER}/accounts/spends/balances`,
  },
  {
    key: 'GET /v1/prison/{prisonId}/prisoners/{hmppsId}/accounts/{accountCode}/transactions',
    path: `${PRISONER}/accounts/spends/transactions`,
    query: { from_date: '2024-03-01', to_date: '2024-03-31' },
  },
  {
    key: 'GET /v1/prison/{prisonId}/prisoners/{hmppsId}/transactions/{clientUniqueRef}',
    path: `${PRISONER}/transactions/CANTEEN-2024-03-04-0001`,
  },
  {
    key: 'POST /v1/prison/{prisonId}/prisoners/{hmppsId}/transactions',
    path: `${PRISONER}/transactions`,
    body: {
      type: 'CANT',
      description: 'Canteen purchase',
      amount: 1634,
      clientTransactionId: 'CL123212',
      clientUniqueRef: uniqueRef('CANT'),
    },
  },
  {
    key: 'POST /v1/prison/{prisonId}/prisoners/{hmppsId}/transactions/transfer',
    path: `${PRISONER}/transactions/transfer`,
    body: transferToSavings(uniqueRef('TR')),
  },
  // Contacts
  { key: 'GET /v1/contacts/{contactId}', path: '/v1/contacts/123456' },
  { key: 'GET /v1/contacts/{contactId}/linked-prisoners', path: '/v1/contacts/123456/linked-prisoners' },
  { key: 'GET /v1/contacts', path: '/v1/contacts', query: { lastName: 'doe' } },
  { key: 'POST /v1/contacts', path: '/v1/contacts', body: { lastName: 'Doe', searchType: 'PARTIAL' } },
  { key: 'GET /v1/persons/{hmppsId}/contacts', path: `${PERSON}/contacts` },
  { key: 'GET /v1/persons/{hmppsId}/emergency-contacts', path: `${PERSON}/emergency-contacts` },
  // Identifiers, reference data, status, images
  { key: 'GET /v1/hmpps/id/nomis-number/{nomisNumber}', path: '/v1/hmpps/id/nomis-number/G2996UX' },
  { key: 'GET /v1/hmpps/id/by-nomis-number/{nomisNumber}', path: '/v1/hmpps/id/by-nomis-number/G2996UX' },
  {
    key: 'GET /v1/hmpps/id/nomis-number/by-hmpps-id/{hmppsId}',
    path: '/v1/hmpps/id/nomis-number/by-hmpps-id/G2996UX',
  },
  { key: 'GET /v1/hmpps/reference-data', path: '/v1/hmpps/reference-data', refused: PRIVATE_PRISON },
  { key: 'GET /v1/hmpps/reference-data/courts/{courtId}', path: '/v1/hmpps/reference-data/courts/ACCRYC' },
  { key: 'GET /v1/status', path: '/v1/status', refused: PRIVATE_PRISON },
  { key: 'GET /v1/images/{id}', path: '/v1/images/2461788' },
  { key: 'GET /v1/persons/{hmppsId}/images/{id}', path: `${PERSON}/images/2461788` },
  // Visits
  { key: 'GET /v1/visit/{visitReference}', path: '/v1/visit/ab-cd-ef-gh' },
  {
    key: 'POST /v1/visit',
    path: '/v1/visit',
    body: { ...VISIT_DETAILS, prisonerId: 'G2996UX', prisonId: 'MDI', clientVisitReference: 'refusal-ref-1' },
  },
  { key: 'PUT /v1/visit/{visitReference}', path: '/v1/visit/ab-cd-ef-gh', body: VISIT_DETAILS },
  {
    key: 'POST /v1/visit/{visitReference}/cancel',
    path: '/v1/visit/ab-cd-ef-gh/cancel',
    body: { cancelOutcome: { outcomeStatus: 'VISITOR_CANCELLED', text: 'Unwell' }, userType: 'PRISONER' },
  },
  {
    key: 'GET /v1/visit/id/by-client-ref/{clientReference}',
    path: '/v1/visit/id/by-client-ref/client-ref-mdi',
  },
  { key: 'GET /v1/persons/{hmppsId}/visit/future', path: `${PERSON}/visit/future` },
  { key: 'GET /v1/persons/{hmppsId}/visit-orders', path: `${PERSON}/visit-orders` },
  { key: 'GET /v1/persons/{hmppsId}/visit-restrictions', path: `${PERSON}/visit-restrictions` },
  {
    key: 'GET /v1/persons/{hmppsId}/visitor/{contactId}/restrictions',
    path: `${PERSON}/visitor/123456/restrictions`,
  },
  // Addresses
  { key: 'GET /v1/persons/{hmppsId}/addresses', path: `${PERSON}/addresses` },
  { key: 'GET /v1/addresses', path: '/v1/addresses', query: { postcode: 'S2 5SY' } },
  {
    key: 'POST /v1/addresses',
    path: '/v1/addresses',
    query: { postcode: 'S2 5SY' },
    body: { streetName: 'canal' },
  },
  // Education
  {
    key: 'POST /v1/education/course-completion',
    path: '/v1/education/course-completion',
    body: courseCompletion(),
  },
  {
    key: 'POST /v1/persons/{hmppsId}/education/aln-assessment',
    path: `${PERSON}/education/aln-assessment`,
    body: { status: 'ASSESSMENT_COMPLETED', detailUrl: DETAIL_URL, requestId: REQUEST_ID },
  },
  { key: 'GET /v1/persons/{hmppsId}/education/assessments', path: `${PERSON}/education/assessments` },
  {
    key: 'POST /v1/persons/{hmppsId}/education/assessments/status',
    path: `${PERSON}/education/assessments/status`,
    body: {
      status: 'ALL_RELEVANT_ASSESSMENTS_COMPLETE',
      statusChangeDate: '2025-06-01',
      detailUrl: 'https://example.com/assessments/G2996UX',
      requestId: 'req-1',
    },
  },
  {
    key: 'POST /v1/persons/{hmppsId}/education/status',
    path: `${PERSON}/education/status`,
    body: { status: 'EDUCATION_STARTED', detailUrl: DETAIL_URL, requestId: REQUEST_ID },
  },
  { key: 'GET /v1/persons/{hmppsId}/education', path: `${PERSON}/education` },
  {
    key: 'GET /v1/persons/{hmppsId}/education/san/plan-creation-schedule',
    path: `${PERSON}/education/san/plan-creation-schedule`,
  },
  {
    key: 'GET /v1/persons/{hmppsId}/education/san/review-schedule',
    path: `${PERSON}/education/san/review-schedule`,
  },
  { key: 'GET /v1/persons/{hmppsId}/plp-induction-schedule', path: `${PERSON}/plp-induction-schedule` },
  {
    key: 'GET /v1/persons/{hmppsId}/plp-induction-schedule/history',
    path: `${PERSON}/plp-induction-schedule/history`,
  },
  { key: 'GET /v1/persons/{hmppsId}/plp-review-schedule', path: `${PERSON}/plp-review-schedule` },
  {
    key: 'PUT /v1/persons/{hmppsId}/expression-of-interest/jobs/{jobId}',
    path: `${PERSON}/expression-of-interest/jobs/job-42`,
    // HEAD retired it: 410 Gone for whoever may call the path (seed-expression-of-interest is off).
    permittedStatus: 410,
  },
  // Probation and risk
  { key: 'GET /v1/persons/{hmppsId}/court-cases', path: `${PERSON}/court-cases` },
  { key: 'GET /v1/epf/person-details/{hmppsId}/{eventNumber}', path: '/v1/epf/person-details/AB123123/1' },
  {
    key: 'GET /v1/persons/{hmppsId}/risk-management-plan',
    path: '/v1/persons/AB123123/risk-management-plan',
  },
  { key: 'GET /v1/persons/{hmppsId}/assessment-summary', path: `${PERSON}/assessment-summary` },
  { key: 'GET /v1/persons/{hmppsId}/contact-events', path: `${PERSON}/contact-events` },
  { key: 'GET /v1/persons/{hmppsId}/contact-events/{contactEventId}', path: `${PERSON}/contact-events/2` },
  { key: 'GET /v1/persons/{hmppsId}/access-limitations', path: '/v1/persons/X654321/access-limitations' },
  { key: 'GET /v1/persons/{hmppsId}/risks/dynamic', path: `${PERSON}/risks/dynamic` },
  { key: 'GET /v1/persons/{hmppsId}/licences/conditions', path: `${PERSON}/licences/conditions` },
  { key: 'GET /v1/persons/{hmppsId}/risks/mappadetail', path: `${PERSON}/risks/mappadetail` },
  { key: 'GET /v1/persons/{hmppsId}/needs', path: `${PERSON}/needs` },
  {
    key: 'GET /v1/persons/{hmppsId}/person-responsible-officer',
    path: `${PERSON}/person-responsible-officer`,
  },
  { key: 'GET /v1/persons/{hmppsId}/risks/categories', path: `${PERSON}/risks/categories` },
  { key: 'GET /v1/persons/{hmppsId}/risks/scores', path: `${PERSON}/risks/scores` },
  { key: 'GET /v1/persons/{hmppsId}/risks/serious-harm', path: `${PERSON}/risks/serious-harm` },
  // Person records
  { key: 'GET /v1/persons', path: '/v1/persons', query: { last_name: 'Larsen' } },
  { key: 'GET /v1/persons/{hmppsId}', path: PERSON },
  { key: 'GET /v1/persons/{hmppsId}/images', path: `${PERSON}/images` },
  { key: 'GET /v1/persons/{hmppsId}/name', path: `${PERSON}/name` },
  { key: 'GET /v1/persons/{hmppsId}/iep-level', path: `${PERSON}/iep-level` },
  { key: 'GET /v1/persons/{hmppsId}/number-of-children', path: `${PERSON}/number-of-children` },
  { key: 'GET /v1/persons/{hmppsId}/physical-characteristics', path: `${PERSON}/physical-characteristics` },
  { key: 'GET /v1/persons/{hmppsId}/care-needs', path: `${PERSON}/care-needs` },
  { key: 'GET /v1/persons/{hmppsId}/languages', path: `${PERSON}/languages` },
  { key: 'GET /v1/persons/{hmppsId}/reported-adjudications', path: `${PERSON}/reported-adjudications` },
  { key: 'GET /v1/persons/{hmppsId}/alerts', path: `${PERSON}/alerts` },
  { key: 'GET /v1/persons/{hmppsId}/active-alerts', path: `${PERSON}/active-alerts` },
  { key: 'GET /v1/persons/{hmppsId}/case-notes', path: `${PERSON}/case-notes` },
  { key: 'GET /v1/persons/{hmppsId}/cell-location', path: `${PERSON}/cell-location` },
  {
    key: 'GET /v1/persons/{hmppsId}/cell-share-risk-assessments',
    path: `${PERSON}/cell-share-risk-assessments`,
  },
  { key: 'GET /v1/persons/{hmppsId}/health-and-diet', path: `${PERSON}/health-and-diet` },
  { key: 'GET /v1/persons/{hmppsId}/offences', path: `${PERSON}/offences` },
  { key: 'GET /v1/persons/{hmppsId}/prison-timeline', path: `${PERSON}/prison-timeline` },
  { key: 'GET /v1/persons/{hmppsId}/prisoner-base-location', path: `${PERSON}/prisoner-base-location` },
  { key: 'GET /v1/persons/{hmppsId}/protected-characteristics', path: `${PERSON}/protected-characteristics` },
  { key: 'GET /v1/persons/{hmppsId}/sentences', path: `${PERSON}/sentences` },
  {
    key: 'GET /v1/persons/{hmppsId}/sentences/latest-key-dates-and-adjustments',
    path: `${PERSON}/sentences/latest-key-dates-and-adjustments`,
  },
  { key: 'GET /v1/persons/{hmppsId}/status-information', path: `${PERSON}/status-information` },
  // Prisons and locations
  {
    key: 'GET /v1/prison/{prisonId}/prisoners/{hmppsId}/non-associations',
    path: `${PRISONER}/non-associations`,
  },
  { key: 'GET /v1/prison/{prisonId}/location/{key}', path: '/v1/prison/MDI/location/MDI-1-1-001' },
  {
    key: 'POST /v1/prison/{prisonId}/location/{key}/deactivate',
    path: '/v1/prison/MDI/location/MDI-1-1-001/deactivate',
    body: {
      deactivationReason: 'DAMAGED',
      deactivationReasonDescription: 'Window broken',
      proposedReactivationDate: '2026-03-01',
    },
  },
  { key: 'GET /v1/prison/{prisonId}/activities', path: '/v1/prison/MDI/activities' },
  {
    key: 'GET /v1/prison/{prisonId}/prisoners/{hmppsId}/scheduled-instances',
    path: `${PRISONER}/scheduled-instances`,
    query: MARCH,
  },
  {
    key: 'POST /v1/prison/{prisonId}/appointments/search',
    path: '/v1/prison/MDI/appointments/search',
    body: {
      startDate: '2025-03-03',
      timeSlots: ['AM', 'PM'],
      categoryCode: null,
      prisonerNumbers: ['G2996UX'],
    },
  },
  {
    key: 'GET /v1/prison/prisoners/{hmppsId}/activities/attendances',
    path: '/v1/prison/prisoners/G2996UX/activities/attendances',
    query: MARCH,
  },
  { key: 'GET /v1/prison/prisoners/{hmppsId}', path: '/v1/prison/prisoners/G2996UX' },
  { key: 'GET /v1/prison/prisoners', path: '/v1/prison/prisoners', query: { last_name: 'Larsen' } },
  {
    key: 'GET /v1/prison/{prisonId}/visit/search',
    path: '/v1/prison/MDI/visit/search',
    query: { visitStatus: 'BOOKED' },
  },
  { key: 'GET /v1/prison/{prisonId}/residential-hierarchy', path: '/v1/prison/MDI/residential-hierarchy' },
  { key: 'GET /v1/prison/{prisonId}/residential-details', path: '/v1/prison/MDI/residential-details' },
  { key: 'GET /v1/prison/{prisonId}/capacity', path: '/v1/prison/MDI/capacity' },
  { key: 'GET /v1/prison/{prisonId}/prison-regime', path: '/v1/prison/MDI/prison-regime' },
  { key: 'GET /v1/prison/{prisonId}/prison-pay-bands', path: '/v1/prison/MDI/prison-pay-bands' },
];

const methodOf = (row: Row) => row.key.split(' ')[0] as Dispatcher.HttpMethod;
const refusedOf = (row: Row) => row.refused ?? SYSTEM_ONLY;

describe('every HEAD operation refused to a consumer whose roles leave its path out', () => {
  const context = useHmppsApi();

  it('has one row per HEAD operation, each path an instance of its template', () => {
    expect(ROWS.map((row) => row.key).sort()).toEqual(headOperations.operations.map((op) => op.key).sort());
    for (const row of ROWS) {
      const template = row.key.split(' ')[1];
      const pattern = new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`);
      expect({ key: row.key, matches: pattern.test(row.path) }).toEqual({ key: row.key, matches: true });
    }
  });

  it.each(ROWS.map((row) => [row.key, row] as const))(
    '%s: HEAD’s 403 body, no upstream call, with or without a valid query and body',
    async (_key, row) => {
      const consumer = refusedOf(row);
      const forbidden = {
        timestamp: expect.any(String),
        status: 403,
        error: 'Forbidden',
        message: `Unable to authorise ${row.path} for ${consumer}`,
        path: row.path,
      };
      // Authorisation comes first: a request without the query and with a body that fails validation is
      // refused just the same.
      const attempts: HttpRequestOptions[] = [
        { query: row.query, body: row.body },
        { body: row.body === undefined ? undefined : { nonsense: true } },
      ];
      for (const { query, body } of attempts) {
        await context.stubs.clearRequests();
        const response = await context.api.request(methodOf(row), row.path, { ...as(consumer), query, body });
        expect({ status: response.status, body: response.body }).toEqual({ status: 403, body: forbidden });
        expect(await context.stubs.requests()).toEqual([]);
      }
    },
  );

  // Run after the refusals, so the permitted writes cannot have been what the stubs recorded.
  it.each(ROWS.map((row) => [row.key, row] as const))(
    '%s: the same request succeeds for a consumer whose role lists the path',
    async (_key, row) => {
      const response = await context.api.request(methodOf(row), row.path, {
        ...as(PERMITTED),
        query: row.query,
        body: row.body,
      });
      const success = response.status >= 200 && response.status < 300;
      const status = row.permittedStatus === undefined && success ? '2xx' : response.status;
      // The body is in the comparison so that a failure shows why the request was not served.
      expect({ status, body: response.body }).toEqual({
        status: row.permittedStatus ?? '2xx',
        body: expect.anything(),
      });
    },
  );
});
