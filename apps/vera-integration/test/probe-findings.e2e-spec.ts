import { mintToken, rawRequest } from '@libs/testing';
import { generateKeyPairSync, sign } from 'node:crypto';
import { RIVERSIDE, startVeraWorld, VeraWorld } from './vera-test-app';

/** What an outside probe found in vera-integration (issue 15), each over a real socket. */
describe('vera-integration answers hostile requests in its envelope', () => {
  let world: VeraWorld;
  beforeAll(async () => {
    world = await startVeraWorld();
  });
  afterAll(async () => world?.close());

  const problem = (status: number, errorCode: string) => ({
    status,
    errorCode,
    userMessage: expect.any(String),
    developerMessage: expect.anything(),
    // The support reference: the request's id, as in x-request-id and the log lines.
    moreInfo: expect.stringMatching(/^[\w.-]{1,100}$/),
  });

  it('finding 6: 2,000 nested arrays (4 KB) to POST /api/page-sessions → 400, not a stack overflow', async () => {
    const response = await rawRequest(world.vera.url, {
      method: 'POST',
      target: '/api/page-sessions',
      headers: { authorization: `Bearer ${world.misToken}`, 'content-type': 'application/json' },
      body: `{"ukprn":"${RIVERSIDE.ukprn}","username":${'['.repeat(2_000)}${']'.repeat(2_000)}}`,
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual(problem(400, 'MALFORMED_BODY'));
  });

  it('finding 3: a kid holding a line feed → 401 in the envelope, nothing of it in a header', async () => {
    const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const input = `${part({ alg: 'RS256', kid: 'k\r\nSet-Cookie: stolen=1' })}.${part({ exp: 9_999_999_999 })}`;
    const token = `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
    const response = await rawRequest(world.vera.url, {
      target: `/api/providers/${RIVERSIDE.ukprn}/learners/9990000011`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      ...problem(401, 'UNAUTHENTICATED'),
      developerMessage: 'A valid HMPPS Auth bearer token is required: unknown signing key',
    });
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('finding 13: refuses a token HMPPS Auth signed for another issuer', async () => {
    const elsewhere = await mintToken(world.stubs.url.replace('127.0.0.1', 'localhost'), {
      roles: ['ROLE_VERA_MIS'],
    });
    const response = await rawRequest(world.vera.url, {
      target: `/api/providers/${RIVERSIDE.ukprn}/learners/9990000011`,
      headers: { authorization: `Bearer ${elsewhere}` },
    });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      ...problem(401, 'UNAUTHENTICATED'),
      developerMessage: 'A valid HMPPS Auth bearer token is required: jwt issuer invalid',
    });
  });

  it.each([
    ['DEL in a header', `/api/providers/${RIVERSIDE.ukprn}/learners/9990000011`, { 'x-probe': 'a\u007fb' }],
    ['a tab in the path', '/api/providers/\t', {}],
  ])(
    "finding 12: %s on an API address → 400 in the JSON envelope, not Fastify's",
    async (_name, target, headers) => {
      const response = await rawRequest(world.vera.url, { target, headers });
      expect(response.status).toBe(400);
      expect(response.body).toEqual(problem(400, 'BAD_REQUEST'));
    },
  );
});
