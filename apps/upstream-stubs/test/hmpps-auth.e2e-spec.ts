import { http, HttpClient, RunningStubs, startStubs } from '@libs/testing';
import { basicAuth, decodeJwt, signatureIsValid } from './jwt-test-helpers';

const CLIENT_ID = 'hmpps-integration-api';
const CLIENT_SECRET = 'hmpps-integration-api-local-secret';
const TOKEN_PATH = '/auth/oauth/token';

describe('stub HMPPS Auth', () => {
  let stubs: RunningStubs;
  let client: HttpClient;

  beforeAll(async () => {
    stubs = await startStubs();
    client = http(stubs.url);
  });

  afterAll(async () => {
    await stubs?.close();
  });

  beforeEach(async () => {
    await client.delete('/__admin/auth/token-requests');
  });

  async function jwk() {
    const response = await client.get('/auth/.well-known/jwks.json');
    return response.body.keys[0];
  }

  describe('GET /auth/.well-known/jwks.json', () => {
    it('publishes one RSA signing key with kid, alg and use', async () => {
      const response = await client.get('/auth/.well-known/jwks.json');

      expect(response.status).toBe(200);
      expect(response.body.keys).toHaveLength(1);
      expect(response.body.keys[0]).toEqual({
        kty: 'RSA',
        kid: expect.stringMatching(/^[\w-]{43}$/),
        alg: 'RS256',
        use: 'sig',
        n: expect.stringMatching(/^[\w-]{342}$/),
        e: 'AQAB',
      });
      expect(JSON.stringify(response.body)).not.toMatch(/"(d|p|q|dp|dq|qi)"/);
    });
  });

  describe('POST /auth/oauth/token', () => {
    it('exchanges client credentials for an RS256 token that verifies against the JWKS', async () => {
      const response = await client.post(TOKEN_PATH, {
        query: { grant_type: 'client_credentials' },
        headers: { authorization: basicAuth(CLIENT_ID, CLIENT_SECRET) },
      });

      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.body).toEqual({
        access_token: expect.any(String),
        token_type: 'bearer',
        expires_in: 1200,
        scope: 'read write',
        sub: CLIENT_ID,
        auth_source: 'none',
        jti: expect.any(String),
      });
      const key = await jwk();
      expect(signatureIsValid(response.body.access_token, key)).toBe(true);
      const { header, claims } = decodeJwt(response.body.access_token);
      expect(header).toEqual({ alg: 'RS256', typ: 'JWT', kid: key.kid });
      expect(claims).toEqual({
        sub: CLIENT_ID,
        client_id: CLIENT_ID,
        authorities: expect.arrayContaining(['ROLE_PRISONER_OFFENDER_SEARCH']),
        scope: ['read', 'write'],
        grant_type: 'client_credentials',
        auth_source: 'none',
        iss: `${stubs.url}/auth/issuer`,
        iat: expect.any(Number),
        exp: expect.any(Number),
        jti: response.body.jti,
      });
      expect(claims.exp - claims.iat).toBe(1200);
      expect(Math.abs(claims.iat - Date.now() / 1000)).toBeLessThan(5);
    });

    it('accepts grant_type in a form body', async () => {
      const response = await client.post(TOKEN_PATH, {
        headers: {
          authorization: basicAuth(CLIENT_ID, CLIENT_SECRET),
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials',
      });

      expect(response.status).toBe(200);
      expect(decodeJwt(response.body.access_token).claims.client_id).toBe(CLIENT_ID);
    });

    it('uses the lifetime configured for the client', async () => {
      const response = await client.post(TOKEN_PATH, {
        query: { grant_type: 'client_credentials' },
        headers: { authorization: basicAuth('short-lived-client', 'short-lived-client-local-secret') },
      });

      expect(response.status).toBe(200);
      expect(response.body.expires_in).toBe(5);
    });

    it.each([
      ['a wrong secret', basicAuth(CLIENT_ID, 'not-the-secret')],
      ['an unknown client', basicAuth('nobody', CLIENT_SECRET)],
      ['no credentials', undefined],
      ['a bearer token instead of Basic', 'Bearer abc'],
      ['Basic without a colon', `Basic ${Buffer.from('justanid').toString('base64')}`],
    ])('answers 401 invalid_client for %s', async (_case, authorization) => {
      const response = await client.post(TOKEN_PATH, {
        query: { grant_type: 'client_credentials' },
        headers: authorization ? { authorization } : {},
      });

      expect(response.status).toBe(401);
      expect(response.body).toEqual({
        error: 'invalid_client',
        error_description: 'Client authentication failed',
      });
      expect(response.headers['www-authenticate']).toMatch(/^Basic /);
    });

    it.each([
      ['password', { grant_type: 'password' }],
      ['no grant type', {}],
    ])('answers 400 unsupported_grant_type for %s', async (_case, query) => {
      const response = await client.post(TOKEN_PATH, {
        query,
        headers: { authorization: basicAuth(CLIENT_ID, CLIENT_SECRET) },
      });

      expect(response.status).toBe(400);
      expect(response.body.error).toBe('unsupported_grant_type');
    });

    it('counts token requests per presented client id', async () => {
      const ask = (authorization?: string) =>
        client.post(TOKEN_PATH, {
          query: { grant_type: 'client_credentials' },
          headers: authorization ? { authorization } : {},
        });
      await ask(basicAuth(CLIENT_ID, CLIENT_SECRET));
      await ask(basicAuth(CLIENT_ID, CLIENT_SECRET));
      await ask(basicAuth('learner-records', 'wrong'));
      await ask();

      expect(await stubs.tokenRequests()).toEqual({
        total: 4,
        byClient: { [CLIENT_ID]: 2, 'learner-records': 1, '(none)': 1 },
      });

      const reset = await client.delete('/__admin/auth/token-requests');
      expect(reset.status).toBe(204);
      expect(await stubs.tokenRequests()).toEqual({ total: 0, byClient: {} });
    });
  });

  describe('GET /auth/health/ping', () => {
    it('is UP', async () => {
      const response = await client.get('/auth/health/ping');

      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'UP' });
    });
  });

  describe('POST /__admin/token', () => {
    it('mints a verifiable token with the roles, client and user asked for', async () => {
      const token = await stubs.token({
        roles: ['ROLE_A', 'ROLE_B'],
        clientId: 'my-client',
        username: 'AUSER_GEN',
      });

      expect(signatureIsValid(token, await jwk())).toBe(true);
      const { claims } = decodeJwt(token);
      expect(claims).toMatchObject({
        authorities: ['ROLE_A', 'ROLE_B'],
        client_id: 'my-client',
        sub: 'AUSER_GEN',
        user_name: 'AUSER_GEN',
      });
      expect(claims.exp - claims.iat).toBe(3600);
      expect(claims.nbf).toBeUndefined();
    });

    it('defaults to a test client without roles', async () => {
      const { claims } = decodeJwt(await stubs.token());

      expect(claims).toMatchObject({ authorities: [], client_id: 'test-client', sub: 'test-client' });
      expect(claims.user_name).toBeUndefined();
    });

    it('mints expired and not-yet-valid tokens', async () => {
      const now = Date.now() / 1000;
      const expired = decodeJwt(await stubs.token({ expiresInSeconds: -120 })).claims;
      const early = decodeJwt(await stubs.token({ notBeforeOffsetSeconds: 300 })).claims;

      expect(expired.exp).toBeLessThan(now - 100);
      expect(expired.iat).toBeLessThan(expired.exp);
      expect(early.nbf).toBeGreaterThan(now + 250);
    });

    it.each([
      ['roles that are not strings', { roles: [1] }],
      ['a fractional lifetime', { expiresInSeconds: 1.5 }],
      ['an unknown field', { audience: 'x' }],
      ['an empty client id', { clientId: '' }],
    ])('rejects %s with 400', async (_case, body) => {
      const response = await client.post('/__admin/token', { body });

      expect(response.status).toBe(400);
    });

    it('accepts a request without a body', async () => {
      const response = await client.post('/__admin/token');

      expect(response.status).toBe(200);
      expect(decodeJwt(response.body.access_token).claims.client_id).toBe('test-client');
    });
  });
});
