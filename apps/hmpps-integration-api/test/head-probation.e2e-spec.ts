import { auditLog } from './head-audit';
import { expectHeadShape } from './head-contract';
import { as, useHmppsApi } from './hmpps-test-app';

/**
 * HEAD's probation and risk operations (contact events, access limitations, assessment summary, court
 * cases) over real sockets against the upstream stubs. Fixture people: G2996UX (MDI, CRN AB123123,
 * MAPPA category 4), A1234AA (LEI, unknown to probation), X654321 (probation only, restricted).
 */
const ALL = as('all-access');

/** `…=true` for one request, sent by the consumer allowed to override flags. */
const withFlags = (flags: string) => ({
  headers: { ...as('feature-override-client').headers, 'x-feature-override': flags },
});

describe('HEAD probation and risk operations', () => {
  const context = useHmppsApi();

  const audit = auditLog(() => context.queues);

  it("refuses consumers whose roles do not grant the path, before any upstream call (HEAD's roles)", async () => {
    await context.stubs.clearRequests();
    const education = await context.api.get(
      '/v1/persons/G2996UX/contact-events',
      as('role-based-redacted-client'),
    );
    expect(education.status).toBe(403);
    const publicProtection = await context.api.get(
      '/v1/persons/G2996UX/court-cases',
      as('limited-mappa-categories'),
    );
    expect(publicProtection.status).toBe(403);
    expect(await context.stubs.requests('/ndelius/case')).toEqual([]);
    expect(await context.stubs.requests('/remand-and-sentencing')).toEqual([]);
  });

  describe('GET /v1/persons/{hmppsId}/contact-events', () => {
    it('pages the contact events of the person, in UTC, with nDelius totals', async () => {
      const response = await context.api.get('/v1/persons/G2996UX/contact-events', {
        ...ALL,
        query: { page: '1', perPage: '2' },
      });
      expect(response.status).toBe(200);
      expect(response.body.pagination).toEqual({
        isLastPage: false,
        count: 2,
        page: 1,
        perPage: 2,
        totalCount: 3,
        totalPages: 2,
      });
      expect(response.body.data[0]).toEqual({
        contactEventIdentifier: 1,
        offenderHmppsId: 'AB123123',
        creationDateTime: '2025-03-01T10:15:00Z',
        updateDateTime: '2025-03-02T09:00:00Z',
        contactDateTime: '2025-03-03T14:30:00Z',
        contactType: 'Planned Office Visit (NS)',
        outcome: 'Attended - Complied',
        location: 'Leeds Office',
        area: 'North East Region',
        pdu: 'Leeds',
        teamId: 'N07T01',
        teamName: 'OMU A',
        officerId: 'N07A060',
        officerName: 'Jane Doe',
        description: 'Office visit to review licence conditions',
        notes: 'Discussed accommodation.',
      });
      // A British summer time offset becomes UTC.
      expect(response.body.data[1].contactDateTime).toBe('2025-06-11T10:00:00Z');
      expectHeadShape('GET /v1/persons/{hmppsId}/contact-events', response);
      const [call] = await context.stubs.requests('/ndelius/case/AB123123/contacts');
      expect(call.path).toBe('/ndelius/case/AB123123/contacts');
      expect(call.query).toMatchObject({ page: '0', size: '2', mappaCategories: '1,2,3,4' });
      expect(await audit.seen('GET_PERSON_CONTACT_EVENTS', { hmppsId: 'G2996UX' })).toHaveLength(1);
    });

    it("passes the consumer's MAPPA categories to nDelius", async () => {
      await context.stubs.clearRequests();
      const cat4 = await context.api.get(
        '/v1/persons/AB123123/contact-events',
        as('limited-mappa-categories'),
      );
      expect(cat4.status).toBe(200);
      expect(cat4.body.pagination.totalCount).toBe(3);
      const [call] = await context.stubs.requests('/ndelius/case/AB123123/contacts');
      expect(call.query).toMatchObject({ mappaCategories: '4' });
    });

    it('answers 404 for a person probation does not know, and a bad page with 400', async () => {
      const unknown = await context.api.get('/v1/persons/A1234AA/contact-events', ALL);
      expect(unknown.status).toBe(404);
      expect(unknown.body.userMessage).toBe('NDelius CRN not found for A1234AA');
      expectHeadShape('GET /v1/persons/{hmppsId}/contact-events', unknown);
      const badPage = await context.api.get('/v1/persons/G2996UX/contact-events', {
        ...ALL,
        query: { page: '0' },
      });
      expect(badPage.status).toBe(400);
    });

    it('maps nDelius 404, 400 and 500 to 404, 400 and 500 naming nDelius', async () => {
      await context.stubs.setFault({ prefix: '/ndelius/case/AB123123/contacts', status: 404, times: 1 });
      expect((await context.api.get('/v1/persons/G2996UX/contact-events', ALL)).body.userMessage).toBe(
        'Entity not found',
      );
      await context.stubs.setFault({ prefix: '/ndelius/case/AB123123/contacts', status: 400, times: 1 });
      const bad = await context.api.get('/v1/persons/G2996UX/contact-events', ALL);
      expect(bad.status).toBe(400);
      expect(bad.body.userMessage).toBe('Bad request from upstream');
      await context.stubs.setFault({ prefix: '/ndelius/case/AB123123/contacts', status: 500 });
      const failed = await context.api.get('/v1/persons/G2996UX/contact-events', ALL);
      expect(failed.status).toBe(500);
      expect(failed.body.userMessage).toContain('ndelius');
    });

    it('answers 500 when nDelius does not answer in time', async () => {
      await context.stubs.setFault({ prefix: '/ndelius/case/AB123123/contacts', latencyMs: 2_500 });
      const response = await context.api.get('/v1/persons/G2996UX/contact-events', ALL);
      expect(response.status).toBe(500);
      expect(response.body.userMessage).toContain('ndelius');
    });

    it('is off in production (503) and on with the flag', async () => {
      const off = await context.api.get(
        '/v1/persons/G2996UX/contact-events',
        withFlags('use-contact-events-endpoint=false'),
      );
      expect(off.status).toBe(503);
      expect(off.body.userMessage).toContain('use-contact-events-endpoint');
      const on = await context.api.get(
        '/v1/persons/G2996UX/contact-events',
        withFlags('use-contact-events-endpoint=true'),
      );
      expect(on.status).toBe(200);
    });
  });

  describe('GET /v1/persons/{hmppsId}/contact-events/{contactEventId}', () => {
    it('answers one contact event', async () => {
      const response = await context.api.get('/v1/persons/G2996UX/contact-events/2', ALL);
      expect(response.status).toBe(200);
      expect(response.body.data).toMatchObject({ contactEventIdentifier: 2, outcome: null, location: null });
      expectHeadShape('GET /v1/persons/{hmppsId}/contact-events/{contactEventId}', response);
    });

    it('answers 404 for an unknown event or one outside the MAPPA categories, 400 for an id that is no number', async () => {
      expect((await context.api.get('/v1/persons/G2996UX/contact-events/99', ALL)).status).toBe(404);
      const outside = await context.api.get(
        '/v1/persons/Y123456/contact-events/1',
        as('limited-mappa-categories'),
      );
      expect(outside.status).toBe(404);
      const notANumber = await context.api.get('/v1/persons/G2996UX/contact-events/abc', ALL);
      expect(notANumber.status).toBe(400);
      expect(notANumber.body.userMessage).toBe("Invalid input type for 'contactEventId'");
    });

    it('is off in production (503, before any upstream call) and on with the flag', async () => {
      await context.stubs.clearRequests();
      const off = await context.api.get(
        '/v1/persons/G2996UX/contact-events/2',
        withFlags('use-contact-events-endpoint=false'),
      );
      expect(off.status).toBe(503);
      expect(off.body.userMessage).toContain('use-contact-events-endpoint');
      expect(await context.stubs.requests()).toEqual([]);
      const on = await context.api.get(
        '/v1/persons/G2996UX/contact-events/2',
        withFlags('use-contact-events-endpoint=true'),
      );
      expect(on.status).toBe(200);
      expect(on.body.data).toMatchObject({ contactEventIdentifier: 2 });
    });
  });

  describe('GET /v1/persons/{hmppsId}/access-limitations', () => {
    it("answers the case's exclusions and restrictions", async () => {
      const response = await context.api.get('/v1/persons/X654321/access-limitations', ALL);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        data: {
          excludedFrom: [],
          exclusionMessage: null,
          restrictedTo: [{ email: 'offender.manager@justice.gov.uk' }],
          restrictionMessage: 'This case is restricted. Please contact the offender manager for access.',
        },
        errors: [],
      });
      expectHeadShape('GET /v1/persons/{hmppsId}/access-limitations', response);
    });

    it('answers 404 for a case nDelius does not know (audited all the same), 500 when nDelius fails', async () => {
      const unknown = await context.api.get('/v1/persons/Z999999/access-limitations', ALL);
      expect(unknown.status).toBe(404);
      expect(unknown.body.userMessage).toBe('Could not find person with id: Z999999');
      expect(await audit.seen('GET_LIMITED_ACCESS_INFORMATION', { hmppsId: 'Z999999' })).toHaveLength(1);
      await context.stubs.setFault({ prefix: '/ndelius/case/X654321/access-limitations', status: 503 });
      expect((await context.api.get('/v1/persons/X654321/access-limitations', ALL)).status).toBe(500);
    });

    it('is on everywhere by default and answers 503 with the flag off', async () => {
      const off = await context.api.get(
        '/v1/persons/X654321/access-limitations',
        withFlags('epf-endpoint-includes-lao=false'),
      );
      expect(off.status).toBe(503);
    });
  });

  describe('GET /v1/persons/{hmppsId}/assessment-summary', () => {
    it('answers the latest completed assessment', async () => {
      const response = await context.api.get('/v1/persons/G2996UX/assessment-summary', ALL);
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual({
        initiationDate: '2025-05-06T10:00:00',
        completedDate: '2025-05-20T11:30:00',
        assessmentType: 'LAYER3',
        status: 'COMPLETE',
        assessorName: 'Blake Assessor',
        countersignerName: 'Casey Countersigner',
      });
      expectHeadShape('GET /v1/persons/{hmppsId}/assessment-summary', response);
      const [call] = await context.stubs.requests('/assess-risks-and-needs/assessments/mapps/crn/AB123123');
      expect(call).toBeDefined();
    });

    it('answers 404 without a completed assessment, without a CRN, or when ARN does not know the case', async () => {
      const noneCompleted = await context.api.get('/v1/persons/Y123456/assessment-summary', ALL);
      expect(noneCompleted.status).toBe(404);
      expect(noneCompleted.body.userMessage).toBe('No assessment summary found');
      const noCrn = await context.api.get('/v1/persons/A1234AA/assessment-summary', ALL);
      expect(noCrn.status).toBe(404);
      expect(noCrn.body.userMessage).toBe('Could not find an assessment summary for person with id: A1234AA');
      await context.stubs.setFault({ prefix: '/assess-risks-and-needs/assessments', status: 404 });
      expect((await context.api.get('/v1/persons/G2996UX/assessment-summary', ALL)).status).toBe(404);
    });

    it('answers 403 for a limited access case ARN refuses, 500 when ARN fails', async () => {
      expect((await context.api.get('/v1/persons/X654321/assessment-summary', ALL)).status).toBe(403);
      await context.stubs.setFault({ prefix: '/assess-risks-and-needs/assessments', status: 500 });
      const failed = await context.api.get('/v1/persons/G2996UX/assessment-summary', ALL);
      expect(failed.status).toBe(500);
      expect(failed.body.userMessage).toContain('assess-risks-and-needs');
    });

    it("is off in production (503); HEAD's stubbed answer with use-stubbed-assessment-summary", async () => {
      const off = await context.api.get(
        '/v1/persons/G2996UX/assessment-summary',
        withFlags('use-assessment-summary-endpoint=false'),
      );
      expect(off.status).toBe(503);
      await context.stubs.clearRequests();
      const stubbed = await context.api.get(
        '/v1/persons/G2996UX/assessment-summary',
        withFlags('use-assessment-summary-endpoint=true,use-stubbed-assessment-summary=true'),
      );
      expect(stubbed.status).toBe(200);
      expect(stubbed.body.data.assessmentType).toBe('Stubbed Assessment Type');
      expect(await context.stubs.requests('/assess-risks-and-needs')).toEqual([]);
    });
  });

  describe('GET /v1/persons/{hmppsId}/court-cases', () => {
    it('sums up the sentenced court cases', async () => {
      const response = await context.api.get('/v1/persons/G2996UX/court-cases', ALL);
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual({
        dateOfFirstConviction: '2019-07-04',
        // The latest appearance's outcome type is not one HEAD names, so it is OTHER.
        courtOutcome: { outcomeType: 'OTHER', outcomeName: 'Appeal allowed' },
        courtCode: 'LEEDCC',
      });
      expectHeadShape('GET /v1/persons/{hmppsId}/court-cases', response);
    });

    it('answers nulls for a prisoner without court cases', async () => {
      const response = await context.api.get('/v1/persons/A1234AA/court-cases', ALL);
      expect(response.body).toEqual({
        data: { dateOfFirstConviction: null, courtOutcome: null, courtCode: null },
      });
    });

    it("hides a prisoner outside the consumer's prisons (the filter's 404), 400 for an invalid id", async () => {
      const outside = await context.api.get('/v1/persons/A1234AA/court-cases', as('specific-prison'));
      expect(outside.status).toBe(404);
      expect(outside.body.userMessage).toBe('The requested resource could not be found');
      const inside = await context.api.get('/v1/persons/G2996UX/court-cases', as('specific-prison'));
      expect(inside.status).toBe(200);
      const invalid = await context.api.get('/v1/persons/nope/court-cases', ALL);
      expect(invalid.status).toBe(400);
      expect(invalid.body.userMessage).toBe('Invalid hmppsId.');
    });

    it('maps Remand and Sentencing 404 to 404 and its failures to 500', async () => {
      await context.stubs.setFault({ prefix: '/remand-and-sentencing', status: 404, times: 1 });
      const missing = await context.api.get('/v1/persons/G2996UX/court-cases', ALL);
      expect(missing.status).toBe(404);
      expect(missing.body.userMessage).toBe('G2996UX');
      await context.stubs.setFault({ prefix: '/remand-and-sentencing', latencyMs: 2_500 });
      const slow = await context.api.get('/v1/persons/G2996UX/court-cases', ALL);
      expect(slow.status).toBe(500);
      expect(slow.body.userMessage).toContain('remand-and-sentencing');
    });
  });
});
