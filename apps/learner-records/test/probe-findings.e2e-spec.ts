import { mintToken, rawRequest, RunningStubs, startStubs, StartedApp } from '@libs/testing';
import { generateKeyPairSync, sign } from 'node:crypto';
import { Caller, callerWith, startLearnerRecords, UI } from './learner-records-test-app';

/** What an outside probe found in learner-records (issue 15), each over a real socket. */
describe('learner-records answers hostile requests in its envelope', () => {
  let stubs: RunningStubs;
  let app: StartedApp;
  let ui: Caller;
  let sar: Caller;
  let queueAdmin: Caller;

  beforeAll(async () => {
    stubs = await startStubs();
    app = await startLearnerRecords(stubs);
    ui = await callerWith(stubs, app.url, [UI]);
    sar = await callerWith(stubs, app.url, ['ROLE_SAR_DATA_ACCESS']);
    queueAdmin = await callerWith(stubs, app.url, ['ROLE_QUEUE_ADMIN']);
  });

  afterAll(async () => {
    await app?.close();
    await stubs?.close();
  });

  const envelope = (status: string) => ({
    status,
    errorCode: expect.any(String),
    userMessage: expect.any(String),
    developerMessage: expect.any(String),
    moreInfo: expect.any(String),
  });

  describe('finding 3: token content never reaches a header', () => {
    const forged = (kid: string) => {
      const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
      const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const input = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part({ exp: Math.floor(Date.now() / 1000) + 600 })}`;
      return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
    };

    it.each([
      ['a line feed', 'k\nSet-Cookie: stolen=1'],
      ['CR LF', 'k\r\nX-Injected: 1'],
      ['quotes', 'k" error="forged'],
      ['text far too long for a header', 'k'.repeat(8_000)],
    ])('a kid holding %s → 401, empty body, a challenge in our own words', async (_name, kid) => {
      const response = await rawRequest(app.url, {
        target: '/match/A1234AA',
        headers: { authorization: `Bearer ${forged(kid)}`, 'x-username': 'u' },
      });
      expect(response.status).toBe(401);
      expect(response.text).toBe('');
      expect(response.headers['www-authenticate']).toBe(
        'Bearer error="invalid_token", error_description="unknown signing key"',
      );
      expect(response.headers['set-cookie']).toBeUndefined();
      expect(response.headers['x-injected']).toBeUndefined();
    });
  });

  it('finding 13: refuses a token HMPPS Auth signed for another issuer', async () => {
    // Same stub, same key, reached under another host name: the token's iss names that host.
    const elsewhere = await mintToken(stubs.url.replace('127.0.0.1', 'localhost'), { roles: [UI] });
    const response = await rawRequest(app.url, {
      target: '/match/A1234AA',
      headers: { authorization: `Bearer ${elsewhere}`, 'x-username': 'u' },
    });
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toContain('error_description="jwt issuer invalid"');
  });

  describe('finding 5: dates and numbers are range-checked, and no database text reaches a body', () => {
    it.each(['0000-01-01', '0000-12-31'])('SAR fromDate/toDate %s → 400 in the SAR body', async (date) => {
      for (const name of ['fromDate', 'toDate']) {
        const response = await sar.get(`/subject-access-request?prn=A1234AA&${name}=${date}`);
        expect(response.status).toBe(400);
        expect(response.body).toEqual({
          status: 400,
          userMessage: `${name} must be a date from 0001-01-01 to 9999-12-31.`,
          developerMessage: `${name} must be a date from 0001-01-01 to 9999-12-31.`,
        });
      }
    });

    it('SAR at the extremes of the date range answers from the database', async () => {
      const response = await sar.get(
        '/subject-access-request?prn=A1234AA&fromDate=0001-01-01&toDate=9999-12-31',
      );
      expect([200, 204]).toContain(response.status);
    });

    it.each(['99999999999999999999', '9223372036854775808', '-1', '0', '1.5', '1e3', ' 1'])(
      'maxMessages=%s → 400, never the database text',
      async (value) => {
        const response = await queueAdmin.get(
          `/queue-admin/get-dlq-messages/audit-outbox-dlq?maxMessages=${encodeURIComponent(value)}`,
        );
        expect(response.status).toBe(400);
        expect(response.body).toEqual(envelope('BAD_REQUEST'));
        expect(response.text).not.toMatch(/bigint|LIMIT|syntax|out of range/i);
      },
    );

    it('maxMessages within range still answers', async () => {
      for (const value of ['1', '9007199254740991']) {
        const response = await queueAdmin.get(`/queue-admin/get-dlq-messages/audit-outbox-dlq?maxMessages=${value}`);
        expect(response.status).toBe(200);
      }
    });
  });

  it.each([
    ['GET', '/match/A1234AA/'],
    ['POST', '/learners/'],
    ['GET', '/match/A1234AA/learner-events/'],
  ])('finding 10: %s %s (a trailing slash) → 404, not 405', async (method, path) => {
    const response = method === 'GET' ? await ui.get(path) : await ui.post(path, {});
    expect(response.status).toBe(404);
    expect(response.body).toEqual(envelope('NOT_FOUND'));
  });

  it('finding 11: a body that is not UTF-8 → 400, and nothing is stored', async () => {
    const token = await stubs.token({ roles: [UI] });
    const body = Buffer.concat([
      Buffer.from('{"matchingUln":"1174112637","givenName":"Test'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('One","familyName":"TesterOne","matchType":"Exact Match","countOfReturnedUlns":"1"}'),
    ]);
    const response = await fetch(`${app.url}/match/C5555CC`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'x-username': 'u', 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      status: 'BAD_REQUEST',
      errorCode: 'Unreadable HTTP message',
    });
    expect((await ui.get('/match/C5555CC')).status).toBe(404);
  });

  it.each([
    ['DEL in a header', '/match/A1234AA', { 'x-username': 'a\u007fb' }],
    ['a tab in the path', '/match/A1234AA\t', {}],
  ])("finding 12: %s → 400 in the service's envelope, not Fastify's", async (_name, target, headers) => {
    const response = await rawRequest(app.url, { target, headers });
    expect(response.status).toBe(400);
    expect(response.body).toEqual(envelope('BAD_REQUEST'));
  });

  it('finding 6: 3,000 nested objects in a body → 400 in the envelope', async () => {
    const deep = '{"a":'.repeat(3_000) + '1' + '}'.repeat(3_000);
    const token = await stubs.token({ roles: [UI] });
    const response = await fetch(`${app.url}/learners`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'x-username': 'u', 'content-type': 'application/json' },
      body: deep,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      status: 'BAD_REQUEST',
      errorCode: 'Unreadable HTTP message',
    });
  });
});
