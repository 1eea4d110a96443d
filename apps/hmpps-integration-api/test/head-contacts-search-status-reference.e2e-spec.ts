import { expectHeadShape } from './head-contract';
import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');

describe('HEAD status and court reference data', () => {
  const context = useHmppsApi();

  describe('GET /v1/status', () => {
    it('answers ok without calling any upstream, for a consumer whose role grants only status', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get('/v1/status', as('role-based-redacted-client'));
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ data: { status: 'ok' }, errors: [] });
      expectHeadShape('GET /v1/status', response);
      expect(await context.stubs.requests()).toEqual([]);
    });

    it('is refused to a consumer without configuration', async () => {
      expect((await context.api.get('/v1/status', as('nobody-configured'))).status).toBe(403);
    });
  });

  describe('GET /v1/hmpps/reference-data/courts/{courtId}', () => {
    it('answers the court from the Court Register, without its buildings', async () => {
      const response = await context.api.get('/v1/hmpps/reference-data/courts/ACCRYC', ALL);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        data: {
          courtId: 'ACCRYC',
          courtName: 'Accrington Youth Court',
          courtDescription: 'Accrington Youth Court',
          type: { courtType: 'YTH', courtName: 'Youth Court' },
          active: true,
          cpCourtUuid: '4b0d7a0e-5c1f-3a2e-9d1b-6f8e2c3a7b10',
        },
        errors: [],
      });
      expectHeadShape('GET /v1/hmpps/reference-data/courts/{courtId}', response);
      const sparse = await context.api.get('/v1/hmpps/reference-data/courts/SHEFMC', ALL);
      expect(sparse.body.data).toMatchObject({ type: null, active: false, cpCourtUuid: null });
      expectHeadShape('GET /v1/hmpps/reference-data/courts/{courtId}', sparse);
    });

    it('is not found for a court the register does not know', async () => {
      const response = await context.api.get('/v1/hmpps/reference-data/courts/NOSUCH', ALL);
      expect(response.status).toBe(404);
      expect(response.body).toEqual({
        status: 404,
        errorCode: null,
        userMessage: 'Could not find court with id: NOSUCH',
        developerMessage: '404 Not found error: Could not find court with id: NOSUCH',
        moreInfo: null,
      });
      expectHeadShape('GET /v1/hmpps/reference-data/courts/{courtId}', response);
    });

    it('names the Court Register when it fails or is too slow, rather than answering null data', async () => {
      await context.stubs.setFault({ prefix: '/court-register/courts', status: 500 });
      const failed = await context.api.get('/v1/hmpps/reference-data/courts/ACCRYC', ALL);
      expect(failed.status).toBe(500);
      expect(failed.body.userMessage).toContain('court-register');
      await context.stubs.resetFaults();
      await context.stubs.setFault({ prefix: '/court-register/courts', latencyMs: 4000 });
      const started = Date.now();
      const slow = await context.api.get('/v1/hmpps/reference-data/courts/ACCRYC', ALL);
      expect(Date.now() - started).toBeLessThan(3500);
      expect(slow.status).toBe(500);
    });
  });
});
