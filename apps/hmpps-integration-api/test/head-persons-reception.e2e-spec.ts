import { expectHeadShape } from './head-contract';
import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');
/** all-endpoints with prisons [MDI]: G2996UX is at MDI, A1234AA at LEI. */
const MDI_ONLY = as('specific-prison');

const notFound = (message: string) => ({
  status: 404,
  errorCode: null,
  userMessage: message,
  developerMessage: `404 Not found error: ${message}`,
  moreInfo: null,
});

describe('HEAD reception operations: care needs, languages, physical characteristics, number of children', () => {
  const context = useHmppsApi();

  describe('GET /v1/persons/{hmppsId}/care-needs', () => {
    it("answers the prisoner's care needs from Prisoner Search, by NOMIS number or CRN", async () => {
      const response = await context.api.get('/v1/persons/G2996UX/care-needs', ALL);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        data: [
          {
            problemType: 'MATSTAT',
            problemCode: 'ACCU9',
            problemStatus: 'ON',
            problemDescription: 'Uses a walking stick',
            commentText: 'Ground floor cell advised',
            startDate: '2023-05-11',
            endDate: null,
          },
        ],
      });
      expectHeadShape('GET /v1/persons/{hmppsId}/care-needs', response);
      const byCrn = await context.api.get('/v1/persons/AB123123/care-needs', ALL);
      expect(byCrn.body).toEqual(response.body);
    });

    it('answers null data for a prisoner Prisoner Search holds no care needs for', async () => {
      const response = await context.api.get('/v1/persons/A1234AA/care-needs', ALL);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ data: null });
      expectHeadShape('GET /v1/persons/{hmppsId}/care-needs', response);
    });

    it('is not found outside the consumer’s prisons, for someone NOMIS does not know, and 400 for a bad id', async () => {
      const outside = await context.api.get('/v1/persons/A1234AA/care-needs', MDI_ONLY);
      expect(outside.status).toBe(404);
      expect(outside.body).toEqual(notFound('Could not find person with id: A1234AA'));
      expect((await context.api.get('/v1/persons/G2996UX/care-needs', MDI_ONLY)).status).toBe(200);
      const probationOnly = await context.api.get('/v1/persons/X654321/care-needs', ALL);
      expect(probationOnly.status).toBe(404);
      expect(probationOnly.body).toEqual(notFound('Could not find person with id: X654321'));
      const invalid = await context.api.get('/v1/persons/not-an-id/care-needs', ALL);
      expect(invalid.status).toBe(400);
      expect(invalid.body.userMessage).toBe('Bad request from upstream Invalid HMPPS ID: not-an-id');
      expectHeadShape('GET /v1/persons/{hmppsId}/care-needs', invalid);
    });

    it('names Prisoner Search when it fails or is too slow', async () => {
      await context.stubs.setFault({ prefix: '/prisoner-offender-search/prisoner/G2996UX', status: 500 });
      const failed = await context.api.get('/v1/persons/G2996UX/care-needs', ALL);
      expect(failed.status).toBe(500);
      expect(failed.body.userMessage).toContain('prisoner-offender-search');
      await context.stubs.resetFaults();
      await context.stubs.setFault({ prefix: '/prisoner-offender-search/prisoner/G2996UX', latencyMs: 4000 });
      const started = Date.now();
      const slow = await context.api.get('/v1/persons/G2996UX/care-needs', ALL);
      expect(Date.now() - started).toBeLessThan(3500);
      expect(slow.status).toBe(500);
      expect(slow.body.userMessage).toContain('prisoner-offender-search');
    });
  });

  describe('GET /v1/persons/{hmppsId}/languages', () => {
    it("answers the prisoner's languages", async () => {
      const response = await context.api.get('/v1/persons/G2996UX/languages', ALL);
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual([
        {
          type: 'PRIM',
          code: 'ENG',
          readSkill: 'Y',
          writeSkill: 'Y',
          speakSkill: 'Y',
          interpreterRequested: false,
        },
        {
          type: 'SEC',
          code: 'WEL',
          readSkill: 'N',
          writeSkill: 'N',
          speakSkill: 'Y',
          interpreterRequested: null,
        },
      ]);
      expectHeadShape('GET /v1/persons/{hmppsId}/languages', response);
    });

    it('is not found outside the consumer’s prisons and names a failing Prisoner Search', async () => {
      const outside = await context.api.get('/v1/persons/A1234AA/languages', MDI_ONLY);
      expect(outside.body).toEqual(notFound('Could not find person with id: A1234AA'));
      await context.stubs.setFault({ prefix: '/prisoner-offender-search/prisoner/G2996UX', status: 503 });
      const failed = await context.api.get('/v1/persons/G2996UX/languages', ALL);
      expect(failed.status).toBe(500);
      expect(failed.body.userMessage).toContain('prisoner-offender-search');
    });
  });

  describe('GET /v1/persons/{hmppsId}/physical-characteristics', () => {
    it("answers the prisoner's physical characteristics and marks", async () => {
      const response = await context.api.get('/v1/persons/G2996UX/physical-characteristics', ALL);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        data: {
          heightCentimetres: 182,
          weightKilograms: 84,
          hairColour: 'Brown',
          rightEyeColour: 'Blue',
          leftEyeColour: 'Blue',
          facialHair: 'Clean Shaven',
          shapeOfFace: 'Oval',
          build: 'Medium',
          shoeSize: 9,
          tattoos: [{ bodyPart: 'Arm', comment: 'Anchor, left forearm' }],
          scars: [{ bodyPart: 'Face', comment: 'Small scar above right eyebrow' }],
          marks: [{ bodyPart: 'Hand', comment: null }],
        },
      });
      expectHeadShape('GET /v1/persons/{hmppsId}/physical-characteristics', response);
      const unrecorded = await context.api.get('/v1/persons/A1234AA/physical-characteristics', ALL);
      expect(unrecorded.body.data).toMatchObject({ heightCentimetres: null, tattoos: null });
      expectHeadShape('GET /v1/persons/{hmppsId}/physical-characteristics', unrecorded);
    });

    it('gives the filter answer outside the consumer’s prisons or supervision statuses', async () => {
      const outside = await context.api.get('/v1/persons/A1234AA/physical-characteristics', MDI_ONLY);
      expect(outside.status).toBe(404);
      expect(outside.body.userMessage).toBe('The requested resource could not be found');
      expect(outside.body.developerMessage).toBeNull();
      const probationOnly = await context.api.get(
        '/v1/persons/G2996UX/physical-characteristics',
        as('supervision-status-probation-only'),
      );
      expect(probationOnly.status).toBe(404);
      expect(probationOnly.body.userMessage).toBe('The requested resource could not be found');
    });

    it('is not found for an unknown prisoner and names a failing Prisoner Search', async () => {
      const unknown = await context.api.get('/v1/persons/Z9999ZZ/physical-characteristics', ALL);
      expect(unknown.body).toEqual(notFound('Could not find person with id: Z9999ZZ'));
      await context.stubs.setFault({ prefix: '/prisoner-offender-search/prisoner/G2996UX', status: 500 });
      const failed = await context.api.get('/v1/persons/G2996UX/physical-characteristics', ALL);
      expect(failed.status).toBe(500);
      expect(failed.body.userMessage).toContain('prisoner-offender-search');
    });
  });

  describe('GET /v1/persons/{hmppsId}/number-of-children', () => {
    it('answers the number Personal Relationships holds, by NOMIS number or CRN', async () => {
      const response = await context.api.get('/v1/persons/G2996UX/number-of-children', ALL);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ data: { numberOfChildren: '2' } });
      expectHeadShape('GET /v1/persons/{hmppsId}/number-of-children', response);
      expect((await context.api.get('/v1/persons/AB123123/number-of-children', ALL)).body).toEqual(
        response.body,
      );
    });

    it('is not found without a record, outside the consumer’s prisons, and 400 for a bad id', async () => {
      const none = await context.api.get('/v1/persons/A1234AA/number-of-children', ALL);
      expect(none.body).toEqual(notFound('Could not find person with id: A1234AA'));
      const outside = await context.api.get('/v1/persons/A1234AA/number-of-children', MDI_ONLY);
      expect(outside.body).toEqual(notFound('Could not find person with id: A1234AA'));
      const invalid = await context.api.get('/v1/persons/not-an-id/number-of-children', ALL);
      expect(invalid.status).toBe(400);
      expect(invalid.body.userMessage).toBe('Invalid HMPPS ID: not-an-id');
    });

    it('names Personal Relationships when it fails or is too slow', async () => {
      await context.stubs.setFault({ prefix: '/personal-relationships/prisoner/G2996UX', status: 500 });
      const failed = await context.api.get('/v1/persons/G2996UX/number-of-children', ALL);
      expect(failed.status).toBe(500);
      expect(failed.body.userMessage).toContain('personal-relationships');
      await context.stubs.resetFaults();
      await context.stubs.setFault({ prefix: '/personal-relationships/prisoner/G2996UX', latencyMs: 4000 });
      const slow = await context.api.get('/v1/persons/G2996UX/number-of-children', ALL);
      expect(slow.status).toBe(500);
    });
  });

  it('audits each successful call under the reference’s event name', async () => {
    await context.queues.collect('audit', { count: 0, quietMs: 1000 });
    for (const path of ['care-needs', 'languages', 'physical-characteristics', 'number-of-children']) {
      expect((await context.api.get(`/v1/persons/G2996UX/${path}`, ALL)).status).toBe(200);
    }
    await context.api.get('/v1/persons/A1234AA/number-of-children', ALL);
    const delivered = await context.queues.collect('audit', { count: 4, quietMs: 1000 });
    const events = delivered.map((message) => message.json as { what: string; details: string });
    expect(events.map((event) => event.what)).toEqual([
      'GET_PERSON_CARE_NEEDS',
      'GET_LANGUAGES',
      'GET_PERSON_PHYSICAL_CHARACTERISTICS',
      'GET_PRISONER_NUMBER_OF_CHILDREN',
    ]);
    expect(events[0].details).toBe('{"hmppsId":"G2996UX"}');
  });
});
