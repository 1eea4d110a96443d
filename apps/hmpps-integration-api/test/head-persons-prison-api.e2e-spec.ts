import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'undici';
import { expectHeadShape } from './head-contract';
import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');
const MDI_ONLY = as('specific-prison');
const FILTERED = 'The requested resource could not be found';

function withFlag(flag: string, on: boolean) {
  return { headers: { ...as('feature-override-client').headers, 'x-feature-override': `${flag}=${on}` } };
}

const IMAGE = join(__dirname, '../../upstream-stubs/fixtures/hmpps/prison-api/images/2461788.jpg');

describe('HEAD person operations on Prison API: one image, CSRAs, prison timeline', () => {
  const context = useHmppsApi();

  describe('GET /v1/persons/{hmppsId}/images/{id}', () => {
    it("answers one of the person's images as JPEG bytes, by NOMIS number or CRN", async () => {
      for (const id of ['G2996UX', 'AB123123']) {
        const response = await request(`${context.app.url}/v1/persons/${id}/images/2461788`, {
          headers: ALL.headers,
        });
        const bytes = Buffer.from(await response.body.arrayBuffer());
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toBe('image/jpeg');
        expect(bytes.equals(readFileSync(IMAGE))).toBe(true);
      }
    });

    it("is not found for another person's image, an unknown image and an unknown person", async () => {
      const othersImage = await context.api.get('/v1/persons/G2996UX/images/1413312', ALL);
      expect(othersImage.status).toBe(404);
      expect(othersImage.body.userMessage).toBe('Could not find image with id: 1413312');
      expect((await context.api.get('/v1/persons/G2996UX/images/999', ALL)).status).toBe(404);
      const unknown = await context.api.get('/v1/persons/Z9999ZZ/images/2461788', ALL);
      expect(unknown.body.userMessage).toBe('Could not find image with id: 2461788');
    });

    it('refuses a bad image id or HMPPS id, and gives the filter answer outside the consumer’s prisons', async () => {
      expect((await context.api.get('/v1/persons/G2996UX/images/abc', ALL)).status).toBe(400);
      const invalid = await context.api.get('/v1/persons/not-an-id/images/1', ALL);
      expect(invalid.body.userMessage).toBe('Invalid HMPPS ID: not-an-id');
      const outside = await context.api.get('/v1/persons/A1234AA/images/1413312', MDI_ONLY);
      expect(outside.status).toBe(404);
      expect(outside.body.userMessage).toBe(FILTERED);
    });

    it('names Prison API when the image fails or is too slow', async () => {
      await context.stubs.setFault({ prefix: '/prison-api/api/images/2461788/data', status: 500 });
      const failed = await context.api.get('/v1/persons/G2996UX/images/2461788', ALL);
      expect(failed.status).toBe(500);
      expect(failed.body.userMessage).toContain('prison-api');
      await context.stubs.resetFaults();
      await context.stubs.setFault({ prefix: '/prison-api/api/images/offenders', latencyMs: 4000 });
      expect((await context.api.get('/v1/persons/G2996UX/images/2461788', ALL)).status).toBe(500);
    });
  });

  describe('GET /v1/persons/{hmppsId}/cell-share-risk-assessments', () => {
    it("answers the prisoner's CSRAs", async () => {
      const response = await context.api.get('/v1/persons/G2996UX/cell-share-risk-assessments', ALL);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        data: [
          {
            bookingId: 1203745,
            assessmentSeq: 2,
            offenderNo: 'G2996UX',
            classificationCode: 'STANDARD',
            assessmentCode: 'CSR',
            cellSharingAlertFlag: true,
            assessmentDate: '2023-05-12',
            assessmentAgencyId: 'MDI',
            assessmentComment: 'Reviewed on transfer; no change.',
            assessorUser: 'RECEPTION_USER',
            nextReviewDate: '2024-05-12',
          },
        ],
      });
      expectHeadShape('GET /v1/persons/{hmppsId}/cell-share-risk-assessments', response);
      const none = await context.api.get('/v1/persons/A1234AA/cell-share-risk-assessments', ALL);
      expect(none.body).toEqual({ data: [] });
    });

    it('gives the filter answer outside the consumer’s prisons or supervision statuses, 400 for a bad id', async () => {
      const outside = await context.api.get('/v1/persons/A1234AA/cell-share-risk-assessments', MDI_ONLY);
      expect(outside.body.userMessage).toBe(FILTERED);
      const probationOnly = await context.api.get(
        '/v1/persons/G2996UX/cell-share-risk-assessments',
        as('supervision-status-probation-only'),
      );
      expect(probationOnly.body.userMessage).toBe(FILTERED);
      const invalid = await context.api.get('/v1/persons/not-an-id/cell-share-risk-assessments', ALL);
      expect(invalid.status).toBe(400);
      expect(invalid.body.userMessage).toBe('Invalid HMPPS ID: not-an-id');
    });

    it('names a failing Prison API and is unavailable while csra-endpoint is off', async () => {
      await context.stubs.setFault({ prefix: '/prison-api/api/offender-assessments', status: 500 });
      const failed = await context.api.get('/v1/persons/G2996UX/cell-share-risk-assessments', ALL);
      expect(failed.status).toBe(500);
      expect(failed.body.userMessage).toContain('prison-api');
      await context.stubs.resetFaults();
      const off = await context.api.get(
        '/v1/persons/G2996UX/cell-share-risk-assessments',
        withFlag('csra-endpoint', false),
      );
      expect(off.status).toBe(503);
      expect(off.body.userMessage).toContain('Feature flag is disabled: csra-endpoint');
    });
  });

  describe('GET /v1/persons/{hmppsId}/prison-timeline', () => {
    it("answers the prisoner's spells in prison with London times as instants", async () => {
      const response = await context.api.get('/v1/persons/G2996UX/prison-timeline', ALL);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        data: {
          prisonPeriod: [
            {
              // 14:30 in May is British Summer Time (UTC+1); December is GMT.
              entryDate: '2023-05-11T13:30:00Z',
              releaseDate: null,
              movementDates: [
                {
                  reasonInToPrison: 'Imprisonment Without Option',
                  dateInToPrison: '2023-05-11T13:30:00Z',
                  inwardType: 'ADM',
                  reasonOutOfPrison: null,
                  dateOutOfPrison: null,
                  outwardType: null,
                  admittedIntoPrisonId: 'LEI',
                  releaseFromPrisonId: null,
                },
              ],
              transfers: [
                {
                  dateOutOfPrison: '2023-12-08T09:15:00Z',
                  dateInToPrison: '2023-12-08T13:40:00Z',
                  transferReason: 'Appeals',
                  fromPrisonId: 'LEI',
                  toPrisonId: 'MDI',
                },
              ],
              prisons: ['LEI', 'MDI'],
            },
          ],
        },
      });
      expectHeadShape('GET /v1/persons/{hmppsId}/prison-timeline', response);
    });

    it('is not found without a timeline, gives the filter answer outside the consumer’s prisons', async () => {
      const none = await context.api.get('/v1/persons/A1234AA/prison-timeline', ALL);
      expect(none.status).toBe(404);
      expect(none.body.userMessage).toBe('Could not find person with id: A1234AA');
      const outside = await context.api.get('/v1/persons/A1234AA/prison-timeline', MDI_ONLY);
      expect(outside.body.userMessage).toBe(FILTERED);
    });

    it('names a slow Prison API and is unavailable while prison-timeline-endpoint-enabled is off', async () => {
      await context.stubs.setFault({
        prefix: '/prison-api/api/offenders/G2996UX/prison-timeline',
        latencyMs: 4000,
      });
      const slow = await context.api.get('/v1/persons/G2996UX/prison-timeline', ALL);
      expect(slow.status).toBe(500);
      expect(slow.body.userMessage).toContain('prison-api');
      await context.stubs.resetFaults();
      const off = await context.api.get(
        '/v1/persons/G2996UX/prison-timeline',
        withFlag('prison-timeline-endpoint-enabled', false),
      );
      expect(off.status).toBe(503);
    });
  });

  it('audits each successful call under the reference’s event name', async () => {
    await context.queues.collect('audit', { count: 0, quietMs: 1000 });
    await context.api.get('/v1/persons/G2996UX/images/2461788', ALL);
    await context.api.get('/v1/persons/G2996UX/cell-share-risk-assessments', ALL);
    await context.api.get('/v1/persons/G2996UX/prison-timeline', ALL);
    const delivered = await context.queues.collect('audit', { count: 3, quietMs: 1000 });
    const events = delivered.map((message) => message.json as { what: string; details: string });
    expect(events).toEqual([
      expect.objectContaining({
        what: 'GET_PERSON_IMAGE',
        details: '{"hmppsId":"G2996UX","imageId":"2461788"}',
      }),
      expect.objectContaining({ what: 'GET_PERSON_CSRA', details: '{"hmppsId":"G2996UX"}' }),
      expect.objectContaining({ what: 'GET_PERSON_PRISON_TIMELINE', details: '{"hmppsId":"G2996UX"}' }),
    ]);
  });
});
