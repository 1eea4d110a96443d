import { rawRequest } from '@libs/testing';
import { approveInLearnerApp, RIVERSIDE, SAM, startVeraWorld, VeraWorld } from './vera-test-app';

/** The MIS and admin API keep the contract their README and OpenAPI state (issue #23's API defects). */
describe('MIS and admin API contract', () => {
  let world: VeraWorld;
  let mis: Record<string, string>;
  let admin: Record<string, string>;
  const base = `/api/providers/${RIVERSIDE.ukprn}`;
  const details = { mobileNumber: SAM.mobile, dateOfBirth: SAM.dateOfBirth };
  const upstreamCalls = async () => (await world.stubs.requests('/vera/api')).length;

  beforeAll(async () => {
    world = await startVeraWorld();
    mis = { authorization: `Bearer ${world.misToken}` };
    admin = { authorization: `Bearer ${world.adminToken}` };
  });
  afterAll(async () => world?.close());

  describe('authentication and authorisation come before the body is read', () => {
    const bodies: Array<[string, Record<string, string>, string, number, string]> = [
      ['malformed JSON', { 'content-type': 'application/json' }, '{"mobileNumber": ', 400, 'MALFORMED_BODY'],
      [
        'JSON nested 2,000 deep',
        { 'content-type': 'application/json' },
        '['.repeat(2000) + ']'.repeat(2000),
        400,
        'MALFORMED_BODY',
      ],
      [
        'a form',
        { 'content-type': 'application/x-www-form-urlencoded' },
        'mobileNumber=07700900123',
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
      [
        'text/plain',
        { 'content-type': 'text/plain' },
        JSON.stringify(details),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
    ];

    it.each(bodies)(
      '%s: 401 without a token, 403 with the wrong role; only the MIS learns what is wrong with it',
      async (_name, type, body, status, errorCode) => {
        const send = (headers: Record<string, string>) =>
          world.api.post(`${base}/learner-checks`, { headers: { ...type, ...headers }, body });
        const anonymous = await send({});
        expect([anonymous.status, anonymous.body.errorCode]).toEqual([401, 'UNAUTHENTICATED']);
        const wrongRole = await send(admin);
        expect([wrongRole.status, wrongRole.body.errorCode]).toEqual([403, 'FORBIDDEN']);
        const allowed = await send(mis);
        expect([allowed.status, allowed.body.errorCode]).toEqual([status, errorCode]);
      },
    );

    it('the same for the admin API: an MIS token with a malformed body is 403, not 400', async () => {
      const response = await world.api.post('/admin/providers', {
        headers: { ...mis, 'content-type': 'application/json' },
        body: '{"ukprn":',
      });
      expect([response.status, response.body.errorCode]).toEqual([403, 'FORBIDDEN']);
    });
  });

  describe('bodies are JSON only: anything else is 415, and nothing happens', () => {
    const endpoints = [`${base}/learner-checks`, `${base}/share-requests/mobile`, '/api/page-sessions'];

    it.each(endpoints)('a form-encoded body to %s is 415', async (path) => {
      const before = await upstreamCalls();
      const response = await world.api.post(path, {
        headers: { ...mis, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ...details, ukprn: RIVERSIDE.ukprn }).toString(),
      });
      expect(response.status).toBe(415);
      expect(response.body).toMatchObject({ status: 415, errorCode: 'UNSUPPORTED_MEDIA_TYPE' });
      expect(await upstreamCalls()).toBe(before);
    });

    it('a body without a content type is 415, and so is a form to the admin API', async () => {
      const raw = await rawRequest(world.vera.url, {
        method: 'POST',
        target: `${base}/learner-checks`,
        headers: mis,
        body: JSON.stringify(details),
      });
      expect(raw.status).toBe(415);
      expect(raw.body).toMatchObject({ errorCode: 'UNSUPPORTED_MEDIA_TYPE' });
      const form = await world.api.post('/admin/providers', {
        headers: { ...admin, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'ukprn=10004444',
      });
      expect(form.status).toBe(415);
    });

    it('still reads JSON with a charset', async () => {
      const response = await world.api.post(`${base}/learner-checks`, {
        headers: { ...mis, 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(details),
      });
      expect(response.status).toBe(200);
    });
  });

  it('refuses a correlation id that is not a GUID with the documented 400, before calling VERA', async () => {
    const before = await upstreamCalls();
    const response = await world.api.get(`${base}/share-requests/not-a-uuid`, { headers: mis });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      errorCode: 'VALIDATION_FAILED',
      developerMessage: 'correlationId must be a GUID',
    });
    expect(await upstreamCalls()).toBe(before);
  });

  it('writes userMessage for people, without identifiers, and fills moreInfo with the request id', async () => {
    const unknownRequest = '4b7c0a52-0000-4000-8000-000000000000';
    const answers = await Promise.all([
      world.api.get(`${base}/share-requests/${unknownRequest}`, { headers: mis }),
      world.api.get(`/api/providers/10000000/learners/${SAM.uln}`, { headers: mis }),
      world.api.get(`${base}/learners/9990000029`, { headers: mis }),
      world.api.get(`${base}/learners/${SAM.uln}`),
    ]);
    expect(answers.map((a) => a.body.errorCode)).toEqual([
      'SHARE_REQUEST_NOT_FOUND',
      'PROVIDER_NOT_FOUND',
      'LEARNER_NOT_SHARED',
      'UNAUTHENTICATED',
    ]);
    for (const answer of answers) {
      expect(answer.body.userMessage).not.toMatch(/\d{6,}|[0-9a-f]{8}-|UKPRN|ULN \d|token|HMPPS|bearer/i);
      expect(answer.body.moreInfo).toBe(answer.headers['x-request-id']);
    }
    expect(answers[0].body.developerMessage).toContain(unknownRequest);
    expect(answers[1].body.developerMessage).toContain('10000000');
    expect(answers[2].body.developerMessage).toContain('9990000029');
  });

  it('drops the QR image once the request is answered, and sends no-store on every API answer', async () => {
    const created = await world.api.post(`${base}/share-requests/qr-code`, { headers: mis });
    // Status and body together, so a refusal shows its answer rather than "qrCode is undefined".
    expect([created.status, created.body]).toMatchObject([
      201,
      { qrCode: expect.stringMatching(/^data:image\/png;base64,/) },
    ]);
    const { correlationId } = created.body;
    await approveInLearnerApp(world.stubsHttp, correlationId, { uln: SAM.uln });
    const shared = await world.api.get(`${base}/share-requests/${correlationId}`, { headers: mis });
    expect(shared.body.status).toBe('SHARED');
    expect(shared.body).not.toHaveProperty('qrCode');
    expect(shared.body.url).toContain(correlationId);
    expect(shared.body.learner.uln).toBe(Number(SAM.uln));

    const answers = await Promise.all([
      world.api.post(`${base}/learner-checks`, { headers: mis, body: details }),
      world.api.get(`${base}/learners/${SAM.uln}`),
      world.api.get(`${base}/learners/${SAM.uln}`, { headers: admin }),
      world.api.get('/admin/providers', { headers: admin }),
      world.api.get(`${base}/share-requests/not-a-uuid`, { headers: mis }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 401, 403, 200, 400]);
    for (const answer of answers) expect(answer.headers['cache-control']).toBe('no-store');
  });

  describe('OpenAPI states the contract from code', () => {
    let document: {
      paths: Record<
        string,
        Record<
          string,
          {
            responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
            security?: unknown[];
          }
        >
      >;
      components: {
        schemas: Record<string, { properties?: Record<string, { format?: string }> }>;
        securitySchemes: Record<string, unknown>;
      };
      servers: Array<{ url: string }>;
    };

    beforeAll(async () => {
      document = (await world.api.get('/v3/api-docs')).body;
    });

    const operations = () =>
      Object.entries(document.paths)
        .filter(([path]) => path.startsWith('/api/') || path.startsWith('/admin/'))
        .flatMap(([path, methods]) =>
          Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
        );

    it('gives every success and error answer of every operation a named schema', () => {
      const unnamed: string[] = [];
      for (const { path, method, operation } of operations()) {
        for (const [status, response] of Object.entries(operation.responses)) {
          if (status === '204') continue;
          const schema = JSON.stringify(response.content?.['application/json']?.schema ?? null);
          if (!/"\$ref":"#\/components\/schemas\/\w+"/.test(schema))
            unnamed.push(`${method} ${path} ${status}`);
        }
        if (!operation.responses['401'] || !operation.responses['403'])
          unnamed.push(`${method} ${path} 401/403`);
      }
      expect(unnamed).toEqual([]);
      expect(operations().length).toBeGreaterThanOrEqual(12);
    });

    it('defines the bearer scheme every operation names, so Authorize sends the header', () => {
      expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
      for (const { operation } of operations()) expect(operation.security).toEqual([{ bearer: [] }]);
    });

    it('marks dates and instants, and has a local server entry', () => {
      const schemas = document.components.schemas;
      expect(schemas.LearnerData.properties?.dateOfBirth.format).toBe('date');
      expect(schemas.LearnerQualification.properties?.awardDate.format).toBe('date');
      expect(schemas.ShareRequestView.properties?.expiresAt.format).toBe('date-time');
      expect(schemas.PageSessionLinkView.properties?.expiresAt.format).toBe('date-time');
      expect(schemas.ErrorEnvelope.properties).toHaveProperty('moreInfo');
      expect(document.servers.map((server) => server.url)).toContain('http://localhost:8090');
    });
  });
});
