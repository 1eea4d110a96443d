import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'undici';
import { UpstreamClients } from '../src/upstream/shared/upstream-clients';
import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');
const LIMITED = as('limited-prisons');
const IMAGE_FIXTURES = join(
  __dirname,
  '..',
  '..',
  'upstream-stubs',
  'fixtures',
  'hmpps',
  'prison-api',
  'images',
);

describe('prisoners, images, reference data and upstream failures', () => {
  const context = useHmppsApi();

  describe('GET /v1/prison/prisoners (#12)', () => {
    it('searches every prison for an unfiltered consumer, newest date of birth first', async () => {
      const response = await context.api.get('/v1/prison/prisoners', {
        ...ALL,
        query: { last_name: 'larsen' },
      });
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual([
        expect.objectContaining({ firstName: 'EMMA', prisonId: 'LEI' }),
        {
          firstName: 'ROBERT',
          lastName: 'LARSEN',
          middleName: 'ALBERT',
          dateOfBirth: '1975-04-02',
          gender: 'Male',
          ethnicity: 'White: Eng./Welsh/Scot./N.Irish/British',
          aliases: [
            {
              firstName: 'BOB',
              lastName: 'LARSEN',
              middleName: null,
              dateOfBirth: '1975-04-02',
              gender: 'Male',
              ethnicity: 'White: Eng./Welsh/Scot./N.Irish/British',
            },
          ],
          identifiers: { nomisNumber: 'G2996UX', croNumber: '51072/04R', deliusCrn: null },
          pncId: '04/13116M',
          category: 'C',
          csra: 'Standard',
          receptionDate: '2023-05-11',
          status: 'ACTIVE IN',
          prisonId: 'MDI',
          prisonName: 'Moorland (HMP & YOI)',
          cellLocation: '1-1-004',
          youthOffender: false,
        },
      ]);
    });

    it('searches only the consumer prisons', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get('/v1/prison/prisoners', {
        ...LIMITED,
        query: { last_name: 'Larsen' },
      });
      expect(response.body.data.map((prisoner: { prisonId: string }) => prisoner.prisonId)).toEqual(['MDI']);
      const calls = await context.stubs.requests('/prisoner-offender-search/prisoner-detail');
      expect(calls).toHaveLength(1);
    });

    it('refuses a consumer allowed no prison, without calling prisoner search', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get('/v1/prison/prisoners', {
        ...as('no-prisons'),
        query: { last_name: 'Larsen' },
      });
      expect(response.status).toBe(403);
      expect(response.body.userMessage).toBe('Consumer configured with no access to any prisons: []');
      expect(await context.stubs.requests('/prisoner-offender-search')).toEqual([]);
    });

    it('answers 400 without search criteria or with a bad date', async () => {
      expect((await context.api.get('/v1/prison/prisoners', ALL)).body.userMessage).toBe(
        'No query parameters specified.',
      );
      const badDate = await context.api.get('/v1/prison/prisoners', {
        ...ALL,
        query: { date_of_birth: '02/04/1975' },
      });
      expect(badDate.status).toBe(400);
      expect(badDate.body.userMessage).toBe('Invalid date format. Please use yyyy-MM-dd.');
    });
  });

  describe('GET /v1/prison/prisoners/{hmppsId} (#13)', () => {
    it('finds a prisoner by NOMIS number or CRN', async () => {
      for (const id of ['G2996UX', 'AB123123']) {
        const response = await context.api.get(`/v1/prison/prisoners/${id}`, ALL);
        expect(response.status).toBe(200);
        expect(response.body.data).toMatchObject({
          identifiers: { nomisNumber: 'G2996UX' },
          prisonId: 'MDI',
        });
      }
    });

    it('answers 404 (not the reference 200 with null) for a CRN without a NOMIS number', async () => {
      const response = await context.api.get('/v1/prison/prisoners/X654321', ALL);
      expect(response.status).toBe(404);
      expect(response.body.userMessage).toBe('Could not find person with hmppsId: X654321');
    });

    it('answers 400 for a bad id and 404 outside the consumer prisons', async () => {
      expect((await context.api.get('/v1/prison/prisoners/G2996UXX', ALL)).body.userMessage).toBe(
        'Invalid HMPPS ID: G2996UXX',
      );
      expect((await context.api.get('/v1/prison/prisoners/A1234AA', LIMITED)).status).toBe(404);
    });
  });

  describe('GET /v1/images/{id} (#6)', () => {
    it('answers the JPEG bytes unchanged', async () => {
      const response = await request(`${context.app.url}/v1/images/2461788`, { headers: ALL.headers });
      const bytes = Buffer.from(await response.body.arrayBuffer());
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('image/jpeg');
      expect(bytes.equals(readFileSync(join(IMAGE_FIXTURES, '2461788.jpg')))).toBe(true);
    });

    it('answers 404 for an unknown image and 400 for a non-numeric id', async () => {
      const unknown = await context.api.get('/v1/images/999', ALL);
      expect(unknown.status).toBe(404);
      expect(unknown.body.userMessage).toBe('Could not find image with id: 999');
      const invalid = await context.api.get('/v1/images/abc', ALL);
      expect(invalid.status).toBe(400);
      expect(invalid.body.userMessage).toBe('Invalid image id: abc');
    });
  });

  describe('GET /v1/hmpps/reference-data (#53)', () => {
    it('combines prison domains under their consumer names with probation categories', async () => {
      const response = await context.api.get('/v1/hmpps/reference-data', ALL);
      expect(response.status).toBe(200);
      expect(response.body.errors).toEqual([]);
      expect(Object.keys(response.body.data.prisonReferenceData)).toEqual([
        'PHONE_TYPE',
        'ALERT_TYPE',
        'ETHNICITY',
        'GENDER',
      ]);
      expect(response.body.data.prisonReferenceData.GENDER[0]).toEqual({ code: 'F', description: 'Female' });
      expect(response.body.data.probationReferenceData.REGISTER_TYPE).toContainEqual({
        code: 'MAPP',
        description: 'MAPPA',
      });
    });

    it('reports an upstream "not found" inside a 200, as the reference does', async () => {
      await context.stubs.setFault({ prefix: '/ndelius/reference-data', status: 404 });
      const response = await context.api.get('/v1/hmpps/reference-data', ALL);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        data: null,
        errors: [{ causedBy: 'NDELIUS', type: 'ENTITY_NOT_FOUND', description: null }],
      });
    });

    it('fails with a 500 when an upstream fails', async () => {
      await context.stubs.setFault({ prefix: '/prison-api/api/reference-domains/domains/SEX', status: 500 });
      const response = await context.api.get('/v1/hmpps/reference-data', ALL);
      expect(response.status).toBe(500);
      expect(response.body.userMessage).toContain('prison-api');
    });
  });

  describe('upstream failures', () => {
    it('turns an upstream 403 that the operation does not document into a 500 naming the upstream', async () => {
      await context.stubs.setFault({ prefix: '/prisoner-offender-search/prisoner/G2996UX', status: 403 });
      const response = await context.api.get('/v1/persons/G2996UX/name', ALL);
      expect(response.status).toBe(500);
      expect(response.body.userMessage).toBe(
        'prisoner-offender-search answered 403 to GET /prisoner/G2996UX',
      );
    });

    it('bounds a slow upstream in time and names it', async () => {
      await context.stubs.setFault({ prefix: '/prison-api/api/images/offenders', latencyMs: 6000 });
      const started = Date.now();
      const response = await context.api.get('/v1/persons/G2996UX/images', ALL);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(response.status).toBe(500);
      expect(response.body.userMessage).toContain('prison-api');
    });

    it('retries a GET after a 503 and succeeds', async () => {
      await context.stubs.clearRequests();
      await context.stubs.setFault({
        prefix: '/prisoner-offender-search/prisoner/A1234AA',
        status: 503,
        times: 1,
      });
      const response = await context.api.get('/v1/prison/prisoners/A1234AA', ALL);
      expect(response.status).toBe(200);
      expect(await context.stubs.requests('/prisoner-offender-search/prisoner/A1234AA')).toHaveLength(2);
    });

    it('answers 502 when HMPPS Auth refuses the credentials', async () => {
      context.app.app.get(UpstreamClients).tokenProvider.invalidate();
      await context.stubs.setFault({ prefix: '/auth/oauth/token', status: 401 });
      const response = await context.api.get('/v1/persons/G2996UX/name', ALL);
      expect(response.status).toBe(502);
      expect(response.body.developerMessage).toBe(
        'Authentication error: Invalid credentials used for hmpps-auth.',
      );
    });

    it('fetches one HMPPS Auth token for many upstream calls across gateways', async () => {
      context.app.app.get(UpstreamClients).tokenProvider.invalidate();
      await context.stubs.clearRequests();
      await Promise.all([
        context.api.get('/v1/persons/AB123123/addresses', ALL),
        context.api.get('/v1/hmpps/reference-data', ALL),
        context.api.get('/v1/persons/G2996UX/images', ALL),
      ]);
      const upstreamCalls = (await context.stubs.requests()).filter((call) => !call.path.startsWith('/auth'));
      expect(upstreamCalls.length).toBeGreaterThan(8);
      expect(await context.stubs.requests('/auth/oauth/token')).toHaveLength(1);
    });
  });
});
