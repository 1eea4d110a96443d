import { RunningStubs, startStubs } from '@libs/testing';
import { BRM_HEADERS, BrmApp, GIBBY, MATCH_PATH, metricValue, recordAudits, startBrm } from './brm-test-app';

describe('POST /birth-registration-matching/match — body, headers and payload', () => {
  let stubs: RunningStubs;
  let brm: BrmApp;
  let audits: ReturnType<typeof recordAudits>;

  beforeAll(async () => {
    stubs = await startStubs();
    brm = await startBrm(stubs);
    audits = recordAudits(brm);
  });

  afterAll(async () => {
    await brm?.close();
    await stubs?.close();
  });

  beforeEach(async () => {
    audits.clear();
    await stubs.clearRequests();
  });

  async function expectNoUpstreamCall(): Promise<void> {
    expect(await stubs.requests('/birth-registration-matching-proxy')).toHaveLength(0);
    expect(await stubs.requests('/national-records')).toHaveLength(0);
  }

  describe('platform answers', () => {
    it('answers GET /ping/ping with 200 and an empty body', async () => {
      const response = await brm.client.get('/ping/ping');
      expect(response.status).toBe(200);
      expect(response.text).toBe('');
    });

    it('documents the match endpoint in the OpenAPI document', async () => {
      const response = await brm.client.get('/v3/api-docs');
      expect(response.status).toBe(200);
      expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining([MATCH_PATH, '/ping/ping']));
      expect(
        response.body.paths[MATCH_PATH].post.parameters.map((p: { name: string }) => p.name).sort(),
      ).toEqual(['Accept', 'Audit-Source']);
    });

    it.each([
      ['GET', MATCH_PATH],
      ['PUT', MATCH_PATH],
      ['GET', '/birth-registration-matching/unknown'],
      ['POST', '/match'],
    ] as const)('answers %s %s with the platform 404', async (method, path) => {
      const response = await brm.client.request(method, path, { headers: BRM_HEADERS });
      expect(response.status).toBe(404);
      expect(response.body).toEqual({ statusCode: 404, message: 'URI not found', requested: path });
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    });

    it.each([
      ['no content type and no body', {}, undefined],
      ['text/plain', { 'Content-Type': 'text/plain' }, JSON.stringify(GIBBY)],
      [
        'the vendor type as Content-Type',
        { 'Content-Type': 'application/vnd.hmrc.1.0+json' },
        JSON.stringify(GIBBY),
      ],
    ])('answers 415 for %s, before any header check', async (_label, contentType, body) => {
      const response = await brm.client.post(MATCH_PATH, {
        headers: { ...contentType, Accept: 'nonsense' },
        body,
      });
      expect(response.status).toBe(415);
      expect(response.body).toEqual({
        statusCode: 415,
        message: 'Expecting text/json or application/json body',
      });
      await expectNoUpstreamCall();
    });

    it('reads text/json and charset parameters like application/json', async () => {
      for (const contentType of [
        'text/json',
        'TEXT/JSON; charset=UTF-8',
        'Application/JSON; charset=utf-8',
      ]) {
        const response = await brm.client.post(MATCH_PATH, {
          headers: { ...BRM_HEADERS, 'Content-Type': contentType },
          body: JSON.stringify(GIBBY),
        });
        expect(response.status).toBe(200);
        expect(response.body).toEqual({ matched: true });
      }
    });

    it.each(['{"firstName":', 'not json', ''])(
      'answers 400 with the platform shape for the malformed body %p',
      async (body) => {
        const response = await brm.client.post(MATCH_PATH, {
          headers: { ...BRM_HEADERS, 'Content-Type': 'application/json' },
          body,
        });
        expect(response.status).toBe(400);
        expect(response.body).toEqual({ statusCode: 400, message: expect.stringMatching(/^Invalid Json: /) });
        expect(response.text).not.toContain('not json');
      },
    );

    it('answers 413 for a body over 100 KB', async () => {
      const response = await brm.match({ ...GIBBY, padding: 'x'.repeat(101 * 1024) });
      expect(response.status).toBe(413);
      expect(response.body).toEqual({ statusCode: 413, message: 'Request Entity Too Large' });
    });
  });

  describe('header validation', () => {
    it.each([
      [
        'a missing Accept',
        { 'Audit-Source': 'dfs' },
        406,
        'INVALID_ACCEPT_HEADER',
        'Accept header is invalid.',
      ],
      [
        'Accept application/json',
        { Accept: 'application/json', 'Audit-Source': 'dfs' },
        406,
        'INVALID_ACCEPT_HEADER',
        'Accept header is invalid.',
      ],
      [
        'version 2.0',
        { Accept: 'application/vnd.hmrc.2.0+json', 'Audit-Source': 'dfs' },
        406,
        'INVALID_ACCEPT_HEADER',
        'Accept header is invalid.',
      ],
      [
        'version 12.0 with xml',
        { Accept: 'application/vnd.hmrc.12.0+xml', 'Audit-Source': 'dfs' },
        406,
        'INVALID_ACCEPT_HEADER',
        'Accept header is invalid.',
      ],
      [
        'the xml suffix',
        { Accept: 'application/vnd.hmrc.1.0+xml', 'Audit-Source': 'dfs' },
        406,
        'INVALID_CONTENT_TYPE',
        'Accept header is invalid.',
      ],
      [
        'a charset parameter',
        { Accept: 'application/vnd.hmrc.1.0+json; charset=utf-8', 'Audit-Source': 'dfs' },
        406,
        'INVALID_CONTENT_TYPE',
        'Accept header is invalid.',
      ],
      [
        'a missing Audit-Source',
        { Accept: 'application/vnd.hmrc.1.0+json' },
        401,
        'INVALID_AUDITSOURCE',
        'Provided Audit-Source is invalid.',
      ],
      [
        'an empty Audit-Source',
        { Accept: 'application/vnd.hmrc.1.0+json', 'Audit-Source': '' },
        401,
        'INVALID_AUDITSOURCE',
        'Provided Audit-Source is invalid.',
      ],
      [
        'both empty',
        { Accept: '', 'Audit-Source': '' },
        406,
        'INVALID_ACCEPT_HEADER',
        'Accept header is invalid.',
      ],
      [
        'xml and no Audit-Source',
        { Accept: 'application/vnd.hmrc.1.0+xml' },
        401,
        'INVALID_AUDITSOURCE',
        'Provided Audit-Source is invalid.',
      ],
    ])('rejects %s', async (_label, headers, status, code, message) => {
      const response = await brm.match(GIBBY, headers);
      expect(response.status).toBe(status);
      expect(response.body).toEqual({ code, message });
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(audits.types()).toEqual([]);
      await expectNoUpstreamCall();
    });

    it('checks headers before the payload', async () => {
      const response = await brm.match(
        { firstName: '' },
        { Accept: 'application/json', 'Audit-Source': 'dfs' },
      );
      expect(response.body.code).toBe('INVALID_ACCEPT_HEADER');
    });

    it('accepts the Accept value in any case and an Audit-Source of any length', async () => {
      const response = await brm.match(GIBBY, {
        Accept: 'Application/VND.HMRC.1.0+JSON',
        'Audit-Source': 'x'.repeat(300),
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ matched: true });
      expect(response.headers.accept).toBe('application/vnd.hmrc.1.0+json');
      expect(response.headers['cache-control']).toBe('no-cache,no-store,max-age=0');
    });

    it('counts accepted requests by API version and by configured Audit-Source, others as other', async () => {
      const count = (source: string) =>
        metricValue(brm, 'brm_audit_source_requests_total', { audit_source: source });
      const [dfs, other, version] = [
        await count('dfs'),
        await count('other'),
        await metricValue(brm, 'brm_api_version_requests_total', { version: '1.0' }),
      ];
      await brm.match(GIBBY, { ...BRM_HEADERS, 'Audit-Source': 'DFS' });
      await brm.match(GIBBY, { ...BRM_HEADERS, 'Audit-Source': 'Metrics-Check' });
      expect([await count('dfs'), await count('other')]).toEqual([dfs + 1, other + 1]);
      expect(await metricValue(brm, 'brm_api_version_requests_total', { version: '1.0' })).toBe(version + 2);
      expect(await count('metrics-check')).toBe(0);
    });

    it('creates no metric series from the headers of refused requests, however many distinct values (finding 4)', async () => {
      const series = async () =>
        (await brm.client.get('/metrics')).text
          .split('\n')
          .filter((line) => /^brm_(api_version|audit_source)_requests_total\{/.test(line)).length;
      const before = await series();
      for (let i = 0; i < 20; i++) {
        expect(
          (
            await brm.match(GIBBY, {
              Accept: `application/vnd.hmrc.${i}.9+json`,
              'Audit-Source': `probe-${i}`,
            })
          ).status,
        ).toBe(406);
        expect((await brm.match(GIBBY, { Accept: BRM_HEADERS.Accept, 'Audit-Source': '' })).status).toBe(401);
        expect(
          (await brm.match(GIBBY, { Accept: 'application/vnd.hmrc.1.0+xml', 'Audit-Source': `probe-${i}` }))
            .status,
        ).toBe(406);
      }
      expect(await series()).toBe(before);
    });
  });

  describe('payload validation', () => {
    const codes: Array<[string, Record<string, unknown>, number, string, string]> = [
      ['a missing firstName', { firstName: undefined }, 400, 'BAD_REQUEST', 'Provided request is invalid.'],
      ['a missing lastName', { lastName: undefined }, 400, 'BAD_REQUEST', 'Provided request is invalid.'],
      [
        'a missing dateOfBirth',
        { dateOfBirth: undefined },
        400,
        'BAD_REQUEST',
        'Provided request is invalid.',
      ],
      [
        'a missing whereBirthRegistered',
        { whereBirthRegistered: undefined },
        400,
        'BAD_REQUEST',
        'Provided request is invalid.',
      ],
      [
        'a firstName with a full stop',
        { firstName: 'Gib.by' },
        400,
        'INVALID_FIRSTNAME',
        'Provided firstName is invalid.',
      ],
      ['a blank firstName', { firstName: '   ' }, 400, 'INVALID_FIRSTNAME', 'Provided firstName is invalid.'],
      ['a numeric firstName', { firstName: 7 }, 400, 'INVALID_FIRSTNAME', 'Provided firstName is invalid.'],
      [
        'an empty additionalNames',
        { additionalNames: '' },
        400,
        'INVALID_ADDITIONALNAMES',
        'Provided additionalNames are invalid.',
      ],
      [
        'a 251-character additionalNames',
        { additionalNames: 'a'.repeat(251) },
        400,
        'INVALID_ADDITIONALNAMES',
        'Provided additionalNames are invalid.',
      ],
      [
        'a lastName with markup',
        { lastName: 'Hay<!nes' },
        400,
        'INVALID_LASTNAME',
        'Provided lastName is invalid.',
      ],
      [
        'a lastName with a comment closer',
        { lastName: 'Hay-->nes' },
        400,
        'INVALID_LASTNAME',
        'Provided lastName is invalid.',
      ],
      [
        'an impossible date',
        { dateOfBirth: '2012-02-30' },
        400,
        'INVALID_DATE_OF_BIRTH',
        'Provided dateOfBirth is invalid.',
      ],
      [
        'a date before 1900',
        { dateOfBirth: '1899-12-31' },
        400,
        'INVALID_DATE_OF_BIRTH',
        'Provided dateOfBirth is invalid.',
      ],
      [
        'a slashed date',
        { dateOfBirth: '2012/02/16' },
        400,
        'INVALID_DATE_OF_BIRTH',
        'Provided dateOfBirth is invalid.',
      ],
      [
        'an 8-digit reference for England',
        { birthReferenceNumber: '12345678' },
        400,
        'INVALID_BIRTH_REFERENCE_NUMBER',
        'The birth reference number does not meet the validation requirements',
      ],
      [
        'an empty reference number',
        { birthReferenceNumber: '' },
        400,
        'INVALID_BIRTH_REFERENCE_NUMBER',
        'The birth reference number does not meet the validation requirements',
      ],
      [
        'a numeric reference number',
        { birthReferenceNumber: 400000001 },
        400,
        'INVALID_BIRTH_REFERENCE_NUMBER',
        'The birth reference number does not meet the validation requirements',
      ],
      [
        'a 9-digit reference for Scotland',
        { whereBirthRegistered: 'scotland' },
        400,
        'INVALID_BIRTH_REFERENCE_NUMBER',
        'The birth reference number does not meet the validation requirements',
      ],
      [
        'an unknown country',
        { whereBirthRegistered: 'fiji' },
        403,
        'INVALID_WHERE_BIRTH_REGISTERED',
        'Provided Country is invalid.',
      ],
      [
        'a null country',
        { whereBirthRegistered: null },
        403,
        'INVALID_WHERE_BIRTH_REGISTERED',
        'Provided Country is invalid.',
      ],
    ];

    it.each(codes)('rejects %s', async (_label, change, status, code, message) => {
      const response = await brm.match({ ...GIBBY, ...change });
      expect(response.status).toBe(status);
      expect(response.body).toEqual({ code, message });
      expect(response.headers.accept).toBe('application/vnd.hmrc.1.0+json');
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      await expectNoUpstreamCall();
    });

    it.each([[[]], ['"a string"'], ['null']])('treats the JSON body %p as all keys missing', async (body) => {
      const response = await brm.client.post(MATCH_PATH, {
        headers: { ...BRM_HEADERS, 'Content-Type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('BAD_REQUEST');
    });

    it.each([
      [{ firstName: undefined, lastName: '' }, 'BAD_REQUEST'],
      [{ lastName: '', whereBirthRegistered: 'fiji' }, 'INVALID_WHERE_BIRTH_REGISTERED'],
      [{ lastName: '', whereBirthRegistered: 'fiji', additionalNames: '' }, 'INVALID_ADDITIONALNAMES'],
      [{ whereBirthRegistered: undefined, lastName: '' }, 'BAD_REQUEST'],
      [{ dateOfBirth: undefined, lastName: '' }, 'INVALID_LASTNAME'],
      [{ dateOfBirth: 'soon', birthReferenceNumber: '1' }, 'INVALID_DATE_OF_BIRTH'],
    ])('reports one error by the documented field order for %p', async (change, code) => {
      expect((await brm.match({ ...GIBBY, ...change })).body.code).toBe(code);
    });

    it('audits an invalid payload with the body and the country as JSON text', async () => {
      await brm.match({ ...GIBBY, firstName: '' });
      expect(audits.events()).toEqual([
        expect.objectContaining({
          auditSource: 'brm',
          auditType: 'BRM-Other-Results',
          tags: { transactionName: 'brm-other-match', path: 'birth-registration-matching/match' },
          detail: { country: '"england"', brmKey: expect.stringMatching(/^\d{8}:\d{8}-.+-dfs-1\.0$/) },
        }),
        expect.objectContaining({
          auditType: 'BRM-Payload-Error',
          tags: { transactionName: 'brm-payload-error', path: 'N/A' },
          detail: { ...GIBBY, firstName: '', brmKey: expect.any(String) },
        }),
      ]);
    });

    it('audits an empty detail when a body value is not a string, and a missing country', async () => {
      await brm.match({ firstName: 1 });
      const [other, payloadError] = audits.events();
      expect(other.detail).toEqual({ country: 'no country specified', brmKey: expect.any(String) });
      expect(payloadError.detail).toEqual({ brmKey: expect.any(String) });
    });

    it('counts the country even when another field is invalid', async () => {
      const label = { country: 'scotland' };
      const before = await metricValue(brm, 'brm_country_requests_total', label);
      await brm.match({ ...GIBBY, whereBirthRegistered: 'Scotland', firstName: '' });
      expect(await metricValue(brm, 'brm_country_requests_total', label)).toBe(before + 1);
      const invalidBefore = await metricValue(brm, 'brm_country_requests_total', { country: 'invalid' });
      await brm.match({ ...GIBBY, whereBirthRegistered: 'fiji' });
      expect(await metricValue(brm, 'brm_country_requests_total', { country: 'invalid' })).toBe(
        invalidBefore + 1,
      );
    });
  });
});
