import { sendJson, startLoopbackServer, type LoopbackServer } from '../../test/loopback-server';
import {
  UpstreamConnectionError,
  UpstreamMalformedResponseError,
  UpstreamStatusError,
} from '../errors/upstream-errors';
import { UpstreamHttpClient } from '../http/upstream-http-client';
import {
  ClientCredentialsTokenProvider,
  type ClientCredentialsOptions,
} from './client-credentials-token-provider';

describe('ClientCredentialsTokenProvider', () => {
  let server: LoopbackServer;
  const providers: ClientCredentialsTokenProvider[] = [];

  function provider(options: Partial<ClientCredentialsOptions> = {}): ClientCredentialsTokenProvider {
    const created = new ClientCredentialsTokenProvider({
      name: 'hmpps-auth',
      tokenUrl: `${server.url}/auth/oauth/token`,
      clientId: 'integration-api',
      clientSecret: 's3cr3t:with=symbols',
      style: 'hmpps-basic',
      ...options,
    });
    providers.push(created);
    return created;
  }

  /** Answers each token request with `token-<n>` and the given expiry fields. */
  function issueTokens(expiry: Record<string, unknown> = { expires_in: 3600 }, delayMs = 0): void {
    server.handle((_req, res, hit) =>
      setTimeout(
        () => sendJson(res, 200, { access_token: `token-${hit}`, token_type: 'bearer', ...expiry }),
        delayMs,
      ),
    );
  }

  beforeEach(async () => {
    server = await startLoopbackServer();
  });

  afterEach(async () => {
    await Promise.all(providers.splice(0).map((created) => created.close()));
    await server.close();
  });

  it('hmpps-basic: POSTs grant_type in the query with Basic client credentials', async () => {
    issueTokens();

    await expect(provider().getToken()).resolves.toBe('token-1');

    const [sent] = server.requests;
    expect(sent.method).toBe('POST');
    expect(sent.url).toBe('/auth/oauth/token?grant_type=client_credentials');
    expect(sent.headers.authorization).toBe(
      `Basic ${Buffer.from('integration-api:s3cr3t:with=symbols').toString('base64')}`,
    );
  });

  it('entra-v1: POSTs the form fields grant_type, client_id, client_secret and resource', async () => {
    issueTokens({ expires_in: '3599', expires_on: '1999999999' });

    await provider({
      style: 'entra-v1',
      resource: 'api://vera',
      tokenUrl: `${server.url}/tenant-1/oauth2/token`,
    }).getToken();

    const [sent] = server.requests;
    expect(sent.url).toBe('/tenant-1/oauth2/token');
    expect(sent.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(sent.headers.authorization).toBeUndefined();
    expect(sent.body).toBe(
      'grant_type=client_credentials&client_id=integration-api&client_secret=s3cr3t%3Awith%3Dsymbols&resource=api%3A%2F%2Fvera',
    );
  });

  it('hmpps-basic forUser: asks for a token on behalf of the user and caches each user apart', async () => {
    issueTokens();
    const tokens = provider();

    const alice = await tokens.forUser('alice').getToken();
    await expect(tokens.forUser('alice').getToken()).resolves.toBe(alice);
    const bob = await tokens.forUser('bob@example.com').getToken();
    const client = await tokens.getToken();

    expect(new Set([alice, bob, client]).size).toBe(3);
    expect(server.requests.map((request) => request.url)).toEqual([
      '/auth/oauth/token?grant_type=client_credentials&username=alice',
      '/auth/oauth/token?grant_type=client_credentials&username=bob%40example.com',
      '/auth/oauth/token?grant_type=client_credentials',
    ]);
    tokens.forUser('alice').invalidate(alice);
    await expect(tokens.forUser('alice').getToken()).resolves.not.toBe(alice);
    await expect(tokens.getToken()).resolves.toBe(client);
  });

  it('refuses tokens on behalf of a user for Entra', () => {
    expect(() => provider({ style: 'entra-v1', resource: 'api://vera' }).forUser('alice')).toThrow(
      'hmpps-auth: tokens on behalf of a user need the hmpps-basic style',
    );
  });

  it('makes exactly one token request for 100 concurrent callers, and serves later callers from the cache', async () => {
    issueTokens({ expires_in: 3600 }, 50);
    const tokens = provider();

    const results = await Promise.all(Array.from({ length: 100 }, () => tokens.getToken()));
    await tokens.getToken();

    expect(new Set(results)).toEqual(new Set(['token-1']));
    expect(server.requests).toHaveLength(1);
    expect(tokens.requestCount).toBe(1);
  });

  it('hands out the cached token until the skew before expiry, then fetches a new one', async () => {
    issueTokens({ expires_in: 1 });
    const tokens = provider({ refreshSkewMs: 400 });

    await expect(tokens.getToken()).resolves.toBe('token-1');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(tokens.getToken()).resolves.toBe('token-1');
    await new Promise((resolve) => setTimeout(resolve, 400));
    await expect(tokens.getToken()).resolves.toBe('token-2');
  });

  it('keeps a token shorter-lived than twice the skew for half its life (expires_in as a string)', async () => {
    issueTokens({ expires_in: '2' });
    const tokens = provider({ refreshSkewMs: 1500 });

    await expect(tokens.getToken()).resolves.toBe('token-1');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(tokens.getToken()).resolves.toBe('token-1');
    // A 2 s token with a 1.5 s skew would be stale at once; it is kept for half its life instead.
    await new Promise((resolve) => setTimeout(resolve, 800));
    await expect(tokens.getToken()).resolves.toBe('token-2');
    expect(tokens.requestCount).toBe(2);
  });

  it('uses expires_on when expires_in is missing', async () => {
    issueTokens({ expires_on: String(Math.floor(Date.now() / 1000) + 3600) });
    const tokens = provider();

    await tokens.getToken();
    await tokens.getToken();

    expect(tokens.requestCount).toBe(1);
  });

  it('does not cache a token that comes without any expiry', async () => {
    issueTokens({});
    const tokens = provider();

    await expect(tokens.getToken()).resolves.toBe('token-1');
    await expect(tokens.getToken()).resolves.toBe('token-2');
  });

  it('invalidate(token) drops only that token, so a stale invalidation keeps the newer one', async () => {
    issueTokens();
    const tokens = provider();

    const first = await tokens.getToken();
    tokens.invalidate(first);
    const second = await tokens.getToken();
    tokens.invalidate(first);

    await expect(tokens.getToken()).resolves.toBe(second);
    expect([first, second]).toEqual(['token-1', 'token-2']);
    tokens.invalidate();
    await expect(tokens.getToken()).resolves.toBe('token-3');
  });

  it('a 401 from the token endpoint is a clear invalid-credentials error that does not leak the secret', async () => {
    server.handle((_req, res) => sendJson(res, 401, { error: 'invalid_client' }));

    const error = await provider()
      .getToken()
      .catch((failure: unknown) => failure);

    expect(error).toBeInstanceOf(UpstreamStatusError);
    expect(error).toMatchObject({ upstream: 'hmpps-auth', status: 401 });
    expect((error as Error).message).toBe(
      'Invalid credentials for hmpps-auth: the token endpoint refused client id integration-api',
    );
    expect((error as Error).message).not.toContain('s3cr3t');
  });

  it('other failures name the token upstream, and the next call tries again', async () => {
    server.handle((_req, res) => sendJson(res, 500, {}));
    const tokens = provider();

    await expect(tokens.getToken()).rejects.toMatchObject({ upstream: 'hmpps-auth', status: 500 });
    server.handle((_req, res) => sendJson(res, 200, { access_token: 'recovered', expires_in: 60 }));
    await expect(tokens.getToken()).resolves.toBe('recovered');
  });

  it('rejects an answer without access_token as malformed', async () => {
    server.handle((_req, res) => sendJson(res, 200, { token_type: 'bearer' }));

    await expect(provider().getToken()).rejects.toBeInstanceOf(UpstreamMalformedResponseError);
  });

  it('gives an UpstreamHttpClient a fresh token after the upstream refuses the cached one', async () => {
    issueTokens();
    const api = await startLoopbackServer((req, res) =>
      sendJson(res, req.headers.authorization === 'Bearer token-2' ? 200 : 401, {}),
    );
    const tokens = provider();
    const client = new UpstreamHttpClient({ name: 'prison-api', baseUrl: api.url, tokenProvider: tokens });
    try {
      await expect(client.get('/prisoner/A1234AA')).resolves.toEqual({});
      await expect(client.get('/prisoner/A1234AA')).resolves.toEqual({});

      expect(tokens.requestCount).toBe(2);
      expect(api.requests.map((request) => request.headers.authorization)).toEqual([
        'Bearer token-1',
        'Bearer token-2',
        'Bearer token-2',
      ]);
    } finally {
      await client.close();
      await api.close();
    }
  });

  it('reports an unreachable token endpoint as a connection error of the token upstream', async () => {
    const url = server.url;
    await server.close();
    server = await startLoopbackServer();

    const error = await provider({ tokenUrl: `${url}/auth/oauth/token` })
      .getToken()
      .catch((failure: unknown) => failure);

    expect(error).toBeInstanceOf(UpstreamConnectionError);
    expect(error).toMatchObject({ upstream: 'hmpps-auth', code: 'ECONNREFUSED' });
  });
});
