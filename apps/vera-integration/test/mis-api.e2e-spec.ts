import { DataSource } from 'typeorm';
import clients from '../../upstream-stubs/fixtures/vera/clients.json';
import {
  approveInLearnerApp,
  HILLSIDE,
  NORTHGATE,
  PRIYA,
  RIVERSIDE,
  SAM,
  startVeraWorld,
  VeraWorld,
} from './vera-test-app';

describe('MIS API (Patterns A, B and C)', () => {
  let world: VeraWorld;
  let auth: { authorization: string };
  const base = `/api/providers/${RIVERSIDE.ukprn}`;

  const rows = (correlationId: string) =>
    world.vera.app
      .get(DataSource)
      .query('SELECT * FROM vera_share_requests WHERE correlation_id = $1', [correlationId]);
  const veraCalls = async (path: string) =>
    (await world.stubs.requests(`/vera/api/v1/education-records/${path}`)).length;
  const tokenRequests = async (clientId: string) =>
    (await world.stubs.requests('/entra/')).filter(
      (r) => (r.body as Record<string, string>)?.client_id === clientId,
    ).length;

  beforeAll(async () => {
    world = await startVeraWorld();
    auth = { authorization: `Bearer ${world.misToken}` };
  });
  afterAll(async () => world?.close());
  afterEach(async () => world.stubs.resetFaults());

  describe('Pattern A: QR code', () => {
    it('creates a share request with a real QR image, its link and expiry, and records it without learner data', async () => {
      const response = await world.api.post(`${base}/share-requests/qr-code`, { headers: auth });
      expect(response.status).toBe(201);
      const { correlationId, qrCode, url, expiresAt, status, pattern } = response.body;
      expect({ status, pattern }).toEqual({ status: 'PENDING', pattern: 'A' });
      expect(qrCode).toMatch(/^data:image\/png;base64,/);
      expect(url).toBe(`${world.stubs.url}/vera/learner-app/requests/${correlationId}`);
      expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(200_000);
      const [row] = await rows(correlationId);
      expect(row).toMatchObject({ ukprn: RIVERSIDE.ukprn, pattern: 'A', status: 'PENDING' });
    });

    it('polls pending (202), then shared (200) with qualifications and schools in displaySort order', async () => {
      const { correlationId } = (await world.api.post(`${base}/share-requests/qr-code`, { headers: auth }))
        .body;
      const pending = await world.api.get(`${base}/share-requests/${correlationId}`, { headers: auth });
      expect(pending.status).toBe(202);
      expect(pending.body).toMatchObject({ correlationId, status: 'PENDING' });

      expect((await approveInLearnerApp(world.stubsHttp, correlationId, { uln: SAM.uln })).status).toBe(200);
      const shared = await world.api.get(`${base}/share-requests/${correlationId}`, { headers: auth });
      expect(shared.status).toBe(200);
      expect(shared.headers['cache-control']).toBe('no-store');
      expect(shared.body.status).toBe('SHARED');
      expect(shared.body.learner).toMatchObject({
        uln: 9990000011,
        lastName: "O'Connor-Smith",
        freeSchoolMealEligible: 1,
      });
      expect(shared.body.learner.qualifications.map((q: { title: string }) => q.title)).toEqual([
        'GCSE Mathematics',
        'GCSE English Language',
        'GCSE Combined Science',
      ]);
      expect(shared.body.learner.schools.map((s: { urn: number }) => s.urn)).toEqual([107912, 107947]);
      const [row] = await rows(correlationId);
      expect(row.status).toBe('SHARED');
      expect(JSON.stringify(row)).not.toMatch(/Connor|9990000011|LS1 4AP/);
    });

    it('answers 410 once the learner rejects, and stops asking VERA after that', async () => {
      const { correlationId } = (await world.api.post(`${base}/share-requests/qr-code`, { headers: auth }))
        .body;
      await world.stubsHttp.post(`/vera/learner-app/requests/${correlationId}/reject`);
      const rejected = await world.api.get(`${base}/share-requests/${correlationId}`, { headers: auth });
      expect(rejected.status).toBe(410);
      expect(rejected.body).toMatchObject({ status: 410, errorCode: 'SHARE_REQUEST_REJECTED_OR_EXPIRED' });
      expect((await rows(correlationId))[0].status).toBe('REJECTED_OR_EXPIRED');
      const callsBefore = await veraCalls('learner-data');
      expect((await world.api.get(`${base}/share-requests/${correlationId}`, { headers: auth })).status).toBe(
        410,
      );
      expect(await veraCalls('learner-data')).toBe(callsBefore);
    });

    it('answers 410 when the request expired (VERA 408)', async () => {
      const { correlationId } = (await world.api.post(`${base}/share-requests/qr-code`, { headers: auth }))
        .body;
      await world.stubsHttp.post(`/__admin/vera/requests/${correlationId}/expire`);
      const expired = await world.api.get(`${base}/share-requests/${correlationId}`, { headers: auth });
      expect(expired.status).toBe(410);
      expect(expired.body.developerMessage).toContain('408');
    });

    it("does not let one provider read another provider's correlation id", async () => {
      const { correlationId } = (await world.api.post(`${base}/share-requests/qr-code`, { headers: auth }))
        .body;
      await approveInLearnerApp(world.stubsHttp, correlationId, { uln: SAM.uln });
      const callsBefore = await veraCalls('learner-data');
      const stolen = await world.api.get(
        `/api/providers/${NORTHGATE.ukprn}/share-requests/${correlationId}`,
        { headers: auth },
      );
      expect(stolen.status).toBe(404);
      expect(stolen.body).toMatchObject({ errorCode: 'SHARE_REQUEST_NOT_FOUND' });
      expect(JSON.stringify(stolen.body)).not.toContain('Connor');
      expect(await veraCalls('learner-data')).toBe(callsBefore);
    });

    it('answers 404 for an unknown correlation id and 400 for one VERA could never have issued', async () => {
      expect(
        (
          await world.api.get(`${base}/share-requests/4b7c0a52-0000-4000-8000-000000000000`, {
            headers: auth,
          })
        ).status,
      ).toBe(404);
      const bad = await world.api.get(`${base}/share-requests/${encodeURIComponent('a b<c>')}`, {
        headers: auth,
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errorCode).toBe('VALIDATION_FAILED');
    });
  });

  describe('Pattern B: by ULN', () => {
    it('returns the record of a learner who shared with this provider, asking VERA with the ULN URL-encoded', async () => {
      const response = await world.api.get(`${base}/learners/${SAM.uln}`, { headers: auth });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        // A number, like learner.uln (VERA's type): one type for the ULN throughout the answer.
        uln: Number(SAM.uln),
        learner: { firstName: 'Sam', schools: [{ name: 'Beeston Primary School' }, {}] },
      });
      expect(response.headers['cache-control']).toBe('no-store');
      const [last] = (await world.stubs.requests('/vera/api/v1/education-records/learner-data')).slice(-1);
      expect(last.query).toEqual({ uln: SAM.uln });
    });

    it('answers 404 LEARNER_NOT_SHARED when the learner shared with another provider only', async () => {
      const response = await world.api.get(`${base}/learners/${PRIYA.uln}`, { headers: auth });
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ status: 404, errorCode: 'LEARNER_NOT_SHARED' });
    });

    it.each(['12345', '99900000111', '99900000a1'])(
      'rejects ULN %p with 400 before calling VERA',
      async (uln) => {
        const before = await veraCalls('learner-data');
        const response = await world.api.get(`${base}/learners/${uln}`, { headers: auth });
        expect(response.status).toBe(400);
        expect(response.body).toMatchObject({
          errorCode: 'VALIDATION_FAILED',
          developerMessage: 'uln must be 10 digits',
        });
        expect(await veraCalls('learner-data')).toBe(before);
      },
    );
  });

  describe('Pattern C: mobile number and date of birth', () => {
    const details = { mobileNumber: SAM.mobile, dateOfBirth: SAM.dateOfBirth };

    it('finds a learner, sending VERA the PascalCase body with the spaces removed', async () => {
      const response = await world.api.post(`${base}/learner-checks`, { headers: auth, body: details });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ found: true });
      const [last] = (await world.stubs.requests('/vera/api/v1/education-records/learner/check')).slice(-1);
      expect(last.body).toEqual({ DateOfBirth: '2008-09-02T00:00:00', MobileNumber: '07700900123' });
    });

    it('answers 404 LEARNER_NOT_FOUND for details that match nobody', async () => {
      const response = await world.api.post(`${base}/learner-checks`, {
        headers: auth,
        body: { ...details, dateOfBirth: '2008-09-03' },
      });
      expect(response.status).toBe(404);
      expect(response.body.errorCode).toBe('LEARNER_NOT_FOUND');
    });

    it.each([
      [{ mobileNumber: SAM.mobile }, /dateOfBirth/],
      [{ ...{ mobileNumber: SAM.mobile }, dateOfBirth: '2008-02-30' }, /dateOfBirth/],
      [{ mobileNumber: SAM.mobile, dateOfBirth: '2999-01-01' }, /dateOfBirth/],
      [{ mobileNumber: '07700-900-123', dateOfBirth: SAM.dateOfBirth }, /mobileNumber/],
      [{ mobileNumber: 7700900123, dateOfBirth: SAM.dateOfBirth }, /mobileNumber/],
      [{ ...{ mobileNumber: SAM.mobile, dateOfBirth: SAM.dateOfBirth }, uln: '1' }, /uln should not exist/],
    ])('rejects body %p with 400', async (body, message) => {
      const response = await world.api.post(`${base}/learner-checks`, { headers: auth, body });
      expect(response.status).toBe(400);
      expect(response.body.errorCode).toBe('VALIDATION_FAILED');
      expect(response.body.developerMessage).toMatch(message);
    });

    it('rejects malformed JSON with 400 MALFORMED_BODY', async () => {
      const response = await world.api.post(`${base}/learner-checks`, {
        headers: { ...auth, 'content-type': 'application/json' },
        body: '{"mobileNumber": ',
      });
      expect(response.status).toBe(400);
      expect(response.body.errorCode).toBe('MALFORMED_BODY');
    });

    it('answers a body that is not JSON with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
      const response = await world.api.post(`${base}/learner-checks`, {
        headers: { ...auth, 'content-type': 'application/xml' },
        body: '<learner/>',
      });
      expect(response.status).toBe(415);
      expect(response.body).toMatchObject({ status: 415, errorCode: 'UNSUPPORTED_MEDIA_TYPE' });
    });

    it('sends a share request, shows the code, and returns the record once the learner enters it', async () => {
      const created = await world.api.post(`${base}/share-requests/mobile`, { headers: auth, body: details });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        pattern: 'C',
        status: 'PENDING',
        code: expect.stringMatching(/^\d{6}$/),
      });
      const { correlationId, code } = created.body;
      expect((await world.api.get(`${base}/share-requests/${correlationId}`, { headers: auth })).status).toBe(
        202,
      );

      const wrongCode = code === '000000' ? '111111' : '000000';
      expect((await approveInLearnerApp(world.stubsHttp, correlationId, { code: wrongCode })).status).toBe(
        400,
      );
      expect((await approveInLearnerApp(world.stubsHttp, correlationId, { code })).status).toBe(200);
      const shared = await world.api.get(`${base}/share-requests/${correlationId}`, { headers: auth });
      expect(shared.status).toBe(200);
      expect(shared.body.learner.uln).toBe(9990000011);
      expect((await rows(correlationId))[0]).toMatchObject({
        pattern: 'C',
        status: 'SHARED',
        ukprn: RIVERSIDE.ukprn,
      });
    });

    it('answers 404 when asked to notify a learner who does not exist', async () => {
      const response = await world.api.post(`${base}/share-requests/mobile`, {
        headers: auth,
        body: { mobileNumber: '07700900999', dateOfBirth: '2001-01-01' },
      });
      expect(response.status).toBe(404);
      expect(response.body.errorCode).toBe('LEARNER_NOT_FOUND');
    });
  });

  describe('Entra tokens', () => {
    it('asks the Entra v1 endpoint with the four form fields, then calls VERA with only the bearer token and JSON type', async () => {
      // Northgate's first call in this file, so its token request is made now.
      const response = await world.api.post(`/api/providers/${NORTHGATE.ukprn}/learner-checks`, {
        headers: auth,
        body: { mobileNumber: PRIYA.mobile, dateOfBirth: PRIYA.dateOfBirth },
      });
      expect(response.status).toBe(200);
      const [tokenRequest] = (await world.stubs.requests('/entra/')).filter(
        (r) => (r.body as Record<string, string>)?.client_id === NORTHGATE.clientId,
      );
      expect(tokenRequest.method).toBe('POST');
      expect(tokenRequest.path).toBe(`/entra/${clients.tenantId}/oauth2/token`);
      expect(tokenRequest.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expect(Object.entries(tokenRequest.body as Record<string, string>)).toEqual([
        ['grant_type', 'client_credentials'],
        ['client_id', NORTHGATE.clientId],
        ['client_secret', NORTHGATE.clientSecret],
        ['resource', clients.resource],
      ]);
      const [check] = (await world.stubs.requests('/vera/api/v1/education-records/learner/check')).slice(-1);
      expect(check.headers).toMatchObject({
        authorization: 'Bearer ***',
        'content-type': 'application/json; charset=utf-8',
      });
      // Like the reference (.NET) and DfE's curl example: no Accept and no User-Agent.
      expect(check.headers).not.toHaveProperty('accept');
      expect(check.headers).not.toHaveProperty('user-agent');
      expect(check.body).toEqual({
        DateOfBirth: `${PRIYA.dateOfBirth}T00:00:00`,
        MobileNumber: PRIYA.mobile,
      });
    });

    it('uses one token for many calls, and separate tokens per provider', async () => {
      await world.api.get(`${base}/learners/${SAM.uln}`, { headers: auth });
      await world.api.get(`/api/providers/${NORTHGATE.ukprn}/learners/${PRIYA.uln}`, { headers: auth });
      const riverside = await tokenRequests(RIVERSIDE.clientId);
      const northgate = await tokenRequests(NORTHGATE.clientId);
      for (let i = 0; i < 3; i++) {
        expect((await world.api.get(`${base}/learners/${SAM.uln}`, { headers: auth })).status).toBe(200);
        // Northgate's token cannot see Riverside's learner: the data really is bound to each provider's own token.
        expect(
          (await world.api.get(`/api/providers/${NORTHGATE.ukprn}/learners/${SAM.uln}`, { headers: auth }))
            .status,
        ).toBe(404);
      }
      expect(await tokenRequests(RIVERSIDE.clientId)).toBe(riverside);
      expect(await tokenRequests(NORTHGATE.clientId)).toBe(northgate);
      expect(riverside).toBe(1);
      expect(northgate).toBe(1);
    });

    it('makes one token request for concurrent first calls (single-provider mode from DFE_SECURITY_*)', async () => {
      const calls = await Promise.all(
        Array.from({ length: 5 }, () =>
          world.api.get(`/api/providers/${HILLSIDE.ukprn}/learners/${SAM.uln}`, { headers: auth }),
        ),
      );
      expect(calls.map((c) => c.status)).toEqual([404, 404, 404, 404, 404]);
      expect(await tokenRequests(HILLSIDE.clientId)).toBe(1);
    });

    it('on a VERA 401 drops the token, fetches a new one and retries once', async () => {
      await world.api.get(`${base}/learners/${SAM.uln}`, { headers: auth });
      const tokensBefore = await tokenRequests(RIVERSIDE.clientId);
      const callsBefore = await veraCalls('learner-data');
      expect((await world.stubsHttp.post('/__admin/vera/revoke-tokens')).status).toBe(200);
      const response = await world.api.get(`${base}/learners/${SAM.uln}`, { headers: auth });
      expect(response.status).toBe(200);
      expect(await tokenRequests(RIVERSIDE.clientId)).toBe(tokensBefore + 1);
      expect(await veraCalls('learner-data')).toBe(callsBefore + 2);
    });

    it('reports rejected credentials as 502 PROVIDER_CREDENTIALS_REJECTED without calling VERA', async () => {
      // Registered while Entra was down (so the connection test could not refuse it): a client DfE never issued.
      const admin = { authorization: `Bearer ${world.adminToken}` };
      await world.stubs.setFault({ prefix: '/entra', status: 503 });
      const registered = await world.api.post('/admin/providers', {
        headers: admin,
        body: {
          ukprn: '10007777',
          displayName: 'Unknown to DfE',
          clientId: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
          clientSecret: 'whatever',
        },
      });
      expect(registered.status).toBe(201);
      expect(registered.body.connection.status).toBe('UNVERIFIED');
      await world.stubs.resetFaults();
      const before = await veraCalls('learner-data');
      const response = await world.api.get(`/api/providers/10007777/learners/${SAM.uln}`, { headers: auth });
      expect(response.status).toBe(502);
      expect(response.body.errorCode).toBe('PROVIDER_CREDENTIALS_REJECTED');
      expect(JSON.stringify(response.body)).not.toContain('whatever');
      expect(await veraCalls('learner-data')).toBe(before);
    });
  });

  describe('upstream failures', () => {
    it('answers 502 UPSTREAM_UNAUTHORISED when VERA keeps refusing after one retry with a fresh token', async () => {
      const tokensBefore = await tokenRequests(RIVERSIDE.clientId);
      await world.stubs.setFault({ prefix: '/vera/api', status: 401 });
      const response = await world.api.get(`${base}/learners/${SAM.uln}`, { headers: auth });
      expect(response.status).toBe(502);
      expect(response.body.errorCode).toBe('UPSTREAM_UNAUTHORISED');
      expect(await tokenRequests(RIVERSIDE.clientId)).toBe(tokensBefore + 1);
    });

    it('answers 502 UPSTREAM_ERROR naming VERA on a 500', async () => {
      await world.stubs.setFault({ prefix: '/vera/api', status: 500 });
      const response = await world.api.post(`${base}/share-requests/qr-code`, { headers: auth });
      expect(response.status).toBe(502);
      expect(response.body).toMatchObject({
        errorCode: 'UPSTREAM_ERROR',
        userMessage: expect.stringContaining('VERA'),
      });
    });

    it('answers 504 UPSTREAM_TIMEOUT when VERA is too slow', async () => {
      await world.stubs.setFault({ prefix: '/vera/api', latencyMs: 6000 });
      const response = await world.api.post(`${base}/learner-checks`, {
        headers: auth,
        body: { mobileNumber: SAM.mobile, dateOfBirth: SAM.dateOfBirth },
      });
      expect(response.status).toBe(504);
      expect(response.body.errorCode).toBe('UPSTREAM_TIMEOUT');
    });

    it('answers 502 UPSTREAM_MALFORMED_RESPONSE for a broken learner record', async () => {
      await world.stubs.setFault({ prefix: '/vera/api/v1/education-records/learner-data', malformed: true });
      const response = await world.api.get(`${base}/learners/${SAM.uln}`, { headers: auth });
      expect(response.status).toBe(502);
      expect(response.body.errorCode).toBe('UPSTREAM_MALFORMED_RESPONSE');
    });
  });

  describe('access', () => {
    it('needs a token (401 envelope), checked before the body is validated', async () => {
      const response = await world.api.post(`${base}/learner-checks`, { body: { mobileNumber: 'x' } });
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ status: 401, errorCode: 'UNAUTHENTICATED' });
    });

    it(`needs ROLE_VERA_MIS (403)`, async () => {
      const response = await world.api.get(`${base}/learners/${SAM.uln}`, {
        headers: { authorization: `Bearer ${world.adminToken}` },
      });
      expect(response.status).toBe(403);
      expect(response.body.errorCode).toBe('FORBIDDEN');
    });

    it('answers 404 PROVIDER_NOT_FOUND for an unregistered UKPRN and 400 for a malformed one', async () => {
      const unknown = await world.api.get(`/api/providers/10000000/learners/${SAM.uln}`, { headers: auth });
      expect(unknown.status).toBe(404);
      expect(unknown.body.errorCode).toBe('PROVIDER_NOT_FOUND');
      expect((await world.api.get(`/api/providers/1234/learners/${SAM.uln}`, { headers: auth })).status).toBe(
        400,
      );
    });

    it('documents the MIS and admin routes (not the pages) in OpenAPI', async () => {
      const response = await world.api.get('/v3/api-docs');
      expect(response.status).toBe(200);
      expect(Object.keys(response.body.paths)).toEqual(
        expect.arrayContaining([
          '/api/providers/{ukprn}/share-requests/qr-code',
          '/api/providers/{ukprn}/share-requests/{correlationId}',
          '/api/providers/{ukprn}/learners/{uln}',
          '/api/page-sessions',
          '/admin/providers',
        ]),
      );
      expect(Object.keys(response.body.paths)).not.toContain('/pattern-b');
    });

    it('answers unknown API routes with the JSON envelope', async () => {
      const response = await world.api.get('/api/nothing-here', { headers: auth });
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ status: 404, errorCode: 'NOT_FOUND' });
    });
  });
});
