import { once } from 'node:events';
import { createServer as createHttpsServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { HealthRegistry } from '@libs/platform';
import { Registry } from 'prom-client';
import { generateTestPki, type TestPki } from '../../../testing/src/certificates';
import { sendJson, startLoopbackServer, type LoopbackServer } from '../../test/loopback-server';
import {
  UpstreamCircuitOpenError,
  UpstreamConnectionError,
  UpstreamMalformedResponseError,
  UpstreamStatusError,
  UpstreamTimeoutError,
} from '../errors/upstream-errors';
import { UpstreamMetrics } from '../metrics/upstream-metrics';
import type { TokenProvider } from '../token/token-provider';
import { UpstreamHttpClient } from './upstream-http-client';
import type { UpstreamClientOptions } from './upstream-types';

describe('UpstreamHttpClient', () => {
  let server: LoopbackServer;
  const clients: UpstreamHttpClient[] = [];

  function client(
    options: Partial<UpstreamClientOptions> = {},
    metrics?: UpstreamMetrics,
  ): UpstreamHttpClient {
    const created = new UpstreamHttpClient({ name: 'prison-api', baseUrl: server.url, ...options }, metrics);
    clients.push(created);
    return created;
  }

  async function elapsedMs(action: () => Promise<unknown>): Promise<{ ms: number; error: unknown }> {
    const started = Date.now();
    const error = await action().then(
      () => undefined,
      (failure: unknown) => failure,
    );
    return { ms: Date.now() - started, error };
  }

  beforeEach(async () => {
    server = await startLoopbackServer();
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((created) => created.close()));
    await server.close();
  });

  describe('requests and responses', () => {
    it('sends URL-encoded query values, default and per-call headers, and parses a JSON answer', async () => {
      server.handle((_req, res) => sendJson(res, 200, { prisonerNumber: 'A1234AA' }));
      const api = client({
        baseUrl: `${server.url}/api/`,
        headers: { version: '1.0', accept: 'application/json' },
      });

      const body = await api.get(
        '/offenders/A1234AA',
        { name: 'Ann & Bob', page: 0, open: true, skip: undefined, type: ['A', 'B'] },
        {
          headers: { Accept: 'application/vnd+json' },
        },
      );

      expect(body).toEqual({ prisonerNumber: 'A1234AA' });
      const [sent] = server.requests;
      expect(sent.method).toBe('GET');
      expect(sent.url).toBe('/api/offenders/A1234AA?name=Ann+%26+Bob&page=0&open=true&type=A&type=B');
      expect(sent.headers.version).toBe('1.0');
      expect(sent.headers.accept).toBe('application/vnd+json');
    });

    it('serialises an object body as JSON with its content-type', async () => {
      server.handle((_req, res) => sendJson(res, 201, { id: 7 }));

      const body = await client().post('/search', { firstName: 'Ann', dateOfBirth: '2000-01-02' });

      expect(body).toEqual({ id: 7 });
      expect(server.requests[0].headers['content-type']).toBe('application/json');
      expect(JSON.parse(server.requests[0].body)).toEqual({ firstName: 'Ann', dateOfBirth: '2000-01-02' });
    });

    it('sends a string body verbatim with the caller’s content-type and returns a text answer as text', async () => {
      server.handle((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end('<ok/>');
      });

      const response = await client().request({
        method: 'POST',
        path: '/soap',
        headers: { 'Content-Type': 'text/xml' },
        body: '<Envelope>&amp;</Envelope>',
      });

      expect(response).toMatchObject({ status: 200, body: '<ok/>', text: '<ok/>' });
      expect(server.requests[0].body).toBe('<Envelope>&amp;</Envelope>');
      expect(server.requests[0].headers['content-type']).toBe('text/xml');
    });

    it('returns the bytes of a binary answer untouched, and still decodes a JSON error to a binary request', async () => {
      const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x80, 0xc3, 0x28]);
      server.handle((req, res) => {
        if (req.url === '/missing') return sendJson(res, 404, { userMessage: 'no image' });
        res.writeHead(200, { 'content-type': 'image/jpeg' });
        res.end(jpeg);
      });
      const api = client();

      const image = await api.request<Buffer>({ method: 'GET', path: '/api/images/1/data', binary: true });
      const missing = await api.request({ method: 'GET', path: '/missing', binary: true });

      expect(Buffer.isBuffer(image.body) && image.body.equals(jpeg)).toBe(true);
      expect(missing).toMatchObject({ status: 404, body: { userMessage: 'no image' } });
    });

    it('resolves request() for an error status, and get() throws UpstreamStatusError carrying status and body', async () => {
      server.handle((_req, res) => sendJson(res, 404, { userMessage: 'not found' }));
      const api = client();

      await expect(api.request({ method: 'GET', path: '/prisoner/X' })).resolves.toMatchObject({
        status: 404,
        body: { userMessage: 'not found' },
      });
      const error = await api.get('/prisoner/X').catch((failure: unknown) => failure);
      expect(error).toBeInstanceOf(UpstreamStatusError);
      expect(error).toMatchObject({
        upstream: 'prison-api',
        status: 404,
        body: { userMessage: 'not found' },
      });
      expect((error as Error).message).toBe('prison-api answered 404 to GET /prisoner/X');
    });

    it('throws UpstreamMalformedResponseError for a 2xx JSON answer that is not JSON', async () => {
      server.handle((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"truncated":');
      });

      const error = await client()
        .get('/prisoner/A1234AA')
        .catch((failure: unknown) => failure);

      expect(error).toBeInstanceOf(UpstreamMalformedResponseError);
      expect((error as Error).message).toContain('prison-api');
    });

    it('keeps the raw text of an error answer whose JSON body is broken', async () => {
      server.handle((_req, res) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end('<html>proxy error</html>');
      });

      const error = await client({ retries: 0 })
        .request({ method: 'GET', path: '/x' })
        .catch((failure: unknown) => failure);

      expect(error).toBeInstanceOf(UpstreamStatusError);
      expect(error).toMatchObject({ status: 500, body: undefined, text: '<html>proxy error</html>' });
    });
  });

  describe('correlation', () => {
    it('sends x-request-id and a W3C traceparent on every call, even outside a request; a caller’s own headers win', async () => {
      server.handle((_req, res) => sendJson(res, 200, {}));
      const api = client({ retries: 0 });

      await api.get('/first');
      await api.get('/second');
      await api.get('/third', undefined, { headers: { 'X-Request-Id': 'chosen-by-caller' } });

      const [first, second, third] = server.requests.map((sent) => sent.headers);
      for (const headers of [first, second]) {
        expect(headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
        expect(headers.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
      }
      // No request to belong to: each call is a trace of its own.
      expect(first.traceparent).not.toBe(second.traceparent);
      expect(third['x-request-id']).toBe('chosen-by-caller');
    });
  });

  describe('timeouts', () => {
    it('rejects with UpstreamTimeoutError within the bound when the upstream never answers', async () => {
      server.handle(() => undefined);

      const { ms, error } = await elapsedMs(() => client({ timeoutMs: 200 }).get('/slow'));

      expect(error).toBeInstanceOf(UpstreamTimeoutError);
      expect((error as Error).message).toBe('prison-api did not answer GET /slow within 200 ms');
      expect(ms).toBeLessThan(1000);
      expect(server.requests).toHaveLength(1);
    });

    it('also times out when the headers arrive but the body stalls', async () => {
      server.handle((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"items":[');
      });

      const { ms, error } = await elapsedMs(() => client({ timeoutMs: 200 }).get('/stalled'));

      expect(error).toBeInstanceOf(UpstreamTimeoutError);
      expect(ms).toBeLessThan(1000);
    });

    it('lets a per-call timeout override the client default', async () => {
      server.handle(() => undefined);

      const { ms, error } = await elapsedMs(() =>
        client({ timeoutMs: 10_000 }).get('/slow', undefined, { timeoutMs: 150 }),
      );

      expect(error).toBeInstanceOf(UpstreamTimeoutError);
      expect(ms).toBeLessThan(1000);
    });

    it('keeps retries and back-off within the call’s budget', async () => {
      server.handle((_req, res) => setTimeout(() => sendJson(res, 503, {}), 120));

      const started = Date.now();
      const response = await client({ timeoutMs: 300, retries: 10 })
        .request({ method: 'GET', path: '/busy' })
        .catch((error: unknown) => error);

      expect(Date.now() - started).toBeLessThan(900);
      expect(server.requests.length).toBeLessThanOrEqual(3);
      expect(
        response instanceof UpstreamTimeoutError || (response as { status: number }).status === 503,
      ).toBe(true);
    });
  });

  describe('retries', () => {
    it('retries a GET on 503 and returns the later success', async () => {
      server.handle((_req, res, hit) =>
        hit < 3 ? sendJson(res, 503, {}) : sendJson(res, 200, { ok: true }),
      );

      await expect(client().get('/flaky')).resolves.toEqual({ ok: true });
      expect(server.requests).toHaveLength(3);
    });

    it('gives up after the configured retries and rejects with the last answer', async () => {
      server.handle((_req, res) => sendJson(res, 502, { error: 'bad gateway' }));

      const error = await client({ retries: 2 })
        .request({ method: 'GET', path: '/down' })
        .catch((failure: unknown) => failure);

      expect(error).toMatchObject({ status: 502, body: { error: 'bad gateway' } });
      expect(server.requests).toHaveLength(3);
    });

    it('does not retry a 500 from the application itself', async () => {
      server.handle((_req, res) => sendJson(res, 500, {}));

      await expect(client().request({ method: 'GET', path: '/broken' })).rejects.toBeInstanceOf(
        UpstreamStatusError,
      );

      expect(server.requests).toHaveLength(1);
    });

    it('never retries a POST', async () => {
      server.handle((_req, res) => sendJson(res, 503, {}));

      const error = await client()
        .post('/transactions', { amount: 1 })
        .catch((failure: unknown) => failure);

      expect(error).toMatchObject({ status: 503 });
      expect(server.requests).toHaveLength(1);
    });

    it('retries a POST marked idempotent', async () => {
      server.handle((_req, res, hit) =>
        hit === 1 ? sendJson(res, 503, {}) : sendJson(res, 200, { hits: hit }),
      );

      await expect(
        client().post('/global-search', { lastName: 'Smith' }, { idempotent: true }),
      ).resolves.toEqual({ hits: 2 });
      expect(server.requests.map((request) => request.body)).toEqual([
        '{"lastName":"Smith"}',
        '{"lastName":"Smith"}',
      ]);
    });

    it('retries a GET whose connection is reset', async () => {
      server.handle((req, res, hit) => (hit === 1 ? req.socket.destroy() : sendJson(res, 200, { ok: true })));

      await expect(client().get('/reset')).resolves.toEqual({ ok: true });
      expect(server.requests).toHaveLength(2);
    });

    it('does not retry a POST whose connection is reset, and reports a connection error', async () => {
      server.handle((req) => req.socket.destroy());

      const error = await client()
        .post('/reset', {})
        .catch((failure: unknown) => failure);

      expect(error).toBeInstanceOf(UpstreamConnectionError);
      expect(server.requests).toHaveLength(1);
    });

    it('reports a refused connection as UpstreamConnectionError naming the upstream', async () => {
      const url = server.url;
      await server.close();
      server = await startLoopbackServer();

      const error = await client({ baseUrl: url })
        .get('/anything')
        .catch((failure: unknown) => failure);

      expect(error).toBeInstanceOf(UpstreamConnectionError);
      expect(error).toMatchObject({ upstream: 'prison-api', code: 'ECONNREFUSED' });
      expect((error as Error).message).toBe(
        'Connection to prison-api failed for GET /anything (ECONNREFUSED)',
      );
    });
  });

  describe('bearer tokens', () => {
    class CountingTokenProvider implements TokenProvider {
      issued = 0;
      invalidated: (string | undefined)[] = [];
      async getToken(): Promise<string> {
        return `token-${this.issued === this.invalidated.length ? ++this.issued : this.issued}`;
      }
      invalidate(token?: string): void {
        this.invalidated.push(token);
      }
    }

    it('sends the provider’s token as a bearer token', async () => {
      server.handle((_req, res) => sendJson(res, 200, {}));

      await client({ tokenProvider: new CountingTokenProvider() }).get('/x');

      expect(server.requests[0].headers.authorization).toBe('Bearer token-1');
    });

    it('on 401 invalidates the token and retries once with a fresh one', async () => {
      server.handle((req, res) =>
        req.headers.authorization === 'Bearer token-2'
          ? sendJson(res, 200, { ok: true })
          : sendJson(res, 401, {}),
      );
      const tokens = new CountingTokenProvider();

      await expect(client({ tokenProvider: tokens }).post('/x', {})).resolves.toEqual({ ok: true });
      expect(tokens.invalidated).toEqual(['token-1']);
      expect(server.requests.map((request) => request.headers.authorization)).toEqual([
        'Bearer token-1',
        'Bearer token-2',
      ]);
    });

    it('returns the second 401 instead of retrying again', async () => {
      server.handle((_req, res) => sendJson(res, 401, {}));
      const tokens = new CountingTokenProvider();

      const error = await client({ tokenProvider: tokens })
        .get('/x')
        .catch((failure: unknown) => failure);

      expect(error).toMatchObject({ status: 401 });
      expect(server.requests).toHaveLength(2);
      expect((error as Error).message).not.toContain('token-');
    });

    it('bounds the wait for a token by the call’s timeout', async () => {
      const stuck: TokenProvider = {
        getToken: () => new Promise(() => undefined),
        invalidate: () => undefined,
      };

      const { ms, error } = await elapsedMs(() => client({ tokenProvider: stuck, timeoutMs: 150 }).get('/x'));

      expect(error).toBeInstanceOf(UpstreamTimeoutError);
      expect(ms).toBeLessThan(1000);
      expect(server.requests).toHaveLength(0);
    });

    it('sends no token when the call opts out', async () => {
      server.handle((_req, res) => sendJson(res, 200, {}));

      await client({ tokenProvider: new CountingTokenProvider() }).get('/public', undefined, { auth: false });

      expect(server.requests[0].headers.authorization).toBeUndefined();
    });
  });

  describe('circuit breaker', () => {
    it('opens after repeated 5xx, fails fast without reaching the upstream, then closes once it recovers', async () => {
      server.handle((_req, res) => sendJson(res, 500, {}));
      const api = client({ retries: 0, breaker: { failureThreshold: 3, resetTimeoutMs: 300 } });

      for (let call = 0; call < 3; call++) {
        await expect(api.request({ method: 'GET', path: '/x' })).rejects.toMatchObject({ status: 500 });
      }
      const started = Date.now();
      await expect(api.get('/x')).rejects.toBeInstanceOf(UpstreamCircuitOpenError);
      expect(Date.now() - started).toBeLessThan(100);
      expect(server.requests).toHaveLength(3);

      server.handle((_req, res) => sendJson(res, 200, { ok: true }));
      await new Promise((resolve) => setTimeout(resolve, 350));
      await expect(api.get('/x')).resolves.toEqual({ ok: true });
      await expect(api.get('/x')).resolves.toEqual({ ok: true });
      expect(server.requests).toHaveLength(5);
    });

    it('counts timeouts and connection errors as failures', async () => {
      server.handle((req, _res, hit) => (hit % 2 === 0 ? req.socket.destroy() : undefined));
      const api = client({ retries: 0, timeoutMs: 100, breaker: { failureThreshold: 2 } });

      await expect(api.get('/x')).rejects.toBeInstanceOf(UpstreamTimeoutError);
      await expect(api.get('/x')).rejects.toBeInstanceOf(UpstreamConnectionError);
      await expect(api.get('/x')).rejects.toBeInstanceOf(UpstreamCircuitOpenError);
      expect(server.requests).toHaveLength(2);
    });

    it('refuses calls after close() with an error naming the upstream', async () => {
      const api = client();
      await api.close();

      await expect(api.get('/x')).rejects.toThrow('prison-api client is closed');
      expect(server.requests).toHaveLength(0);
    });

    it('is not tripped by 4xx answers', async () => {
      server.handle((_req, res) => sendJson(res, 404, {}));
      const api = client({ retries: 0, breaker: { failureThreshold: 2 } });

      for (let call = 0; call < 6; call++) {
        await expect(api.request({ method: 'GET', path: '/missing' })).resolves.toMatchObject({
          status: 404,
        });
      }
      expect(server.requests).toHaveLength(6);
    });
  });

  describe('metrics', () => {
    it('observes each call’s duration by upstream, method and outcome, and exposes the breaker state', async () => {
      const registry = new Registry();
      const statusByPath: Record<string, number> = { '/ok': 200, '/missing': 404, '/broken': 500 };
      server.handle((req, res) => {
        if (req.url === '/slow') return;
        if (req.url === '/reset') return req.socket.destroy();
        sendJson(res, statusByPath[req.url ?? ''] ?? 200, {});
      });
      const prisonApi = client({ retries: 0 }, new UpstreamMetrics(registry));
      const caseNotes = client(
        { name: 'case-notes', retries: 0, breaker: { failureThreshold: 1 } },
        new UpstreamMetrics(registry),
      );

      await prisonApi.get('/ok');
      await prisonApi.request({ method: 'GET', path: '/missing' });
      await prisonApi.request({ method: 'GET', path: '/slow', timeoutMs: 50 }).catch(() => undefined);
      await prisonApi.request({ method: 'DELETE', path: '/reset' }).catch(() => undefined);
      await caseNotes.request({ method: 'GET', path: '/broken' }).catch(() => undefined);
      await caseNotes.request({ method: 'GET', path: '/broken' }).catch(() => undefined);

      const exposition = await registry.metrics();
      const count = (labels: string) => `upstream_request_duration_seconds_count{${labels}} 1`;
      expect(exposition).toContain(count('upstream="prison-api",method="GET",outcome="success"'));
      expect(exposition).toContain(count('upstream="prison-api",method="GET",outcome="client_error"'));
      expect(exposition).toContain(count('upstream="prison-api",method="GET",outcome="timeout"'));
      expect(exposition).toContain(count('upstream="prison-api",method="DELETE",outcome="connection_error"'));
      expect(exposition).toContain(count('upstream="case-notes",method="GET",outcome="server_error"'));
      expect(exposition).toContain(count('upstream="case-notes",method="GET",outcome="circuit_open"'));
      expect(exposition).toContain('upstream_circuit_open{upstream="prison-api"} 0');
      expect(exposition).toContain('upstream_circuit_open{upstream="case-notes"} 1');
    });
  });

  describe('metrics of a call whose token cannot be had', () => {
    it('counts it as token_error, not as a failure of this upstream, and sends nothing', async () => {
      const registry = new Registry();
      server.handle((_req, res) => sendJson(res, 200, {}));
      const failingTokens: TokenProvider = {
        getToken: () =>
          Promise.reject(new UpstreamConnectionError('hmpps-auth', 'ECONNREFUSED', 'POST /auth')),
        invalidate: () => undefined,
      };
      const metrics = new UpstreamMetrics(registry);
      const api = client({ retries: 0, tokenProvider: failingTokens }, metrics);

      await expect(api.get('/needs-a-token')).rejects.toMatchObject({ upstream: 'hmpps-auth' });

      expect(await registry.metrics()).toContain(
        'upstream_request_duration_seconds_count{upstream="prison-api",method="GET",outcome="token_error"} 1',
      );
      expect(metrics.lastCall('prison-api')).toMatchObject({ outcome: 'token_error' });
      expect(server.requests).toHaveLength(0);
    });
  });

  describe('mutual TLS', () => {
    let pki: TestPki;
    let tlsServer: Server;
    let tlsUrl: string;

    beforeAll(async () => {
      pki = generateTestPki();
      tlsServer = createHttpsServer(
        {
          key: pki.serverKeyPem,
          cert: pki.serverCertPem,
          ca: pki.caCertPem,
          requestCert: true,
          rejectUnauthorized: true,
        },
        (req, res) =>
          sendJson(res, 200, { client: (req.socket as TLSSocket).getPeerCertificate().subject.CN }),
      );
      tlsServer.listen(0, '127.0.0.1');
      await once(tlsServer, 'listening');
      tlsUrl = `https://localhost:${(tlsServer.address() as AddressInfo).port}`;
    });

    afterAll(async () => {
      tlsServer.closeAllConnections();
      tlsServer.close();
      await once(tlsServer, 'close');
    });

    it('presents the PKCS#12 client certificate and trusts the configured CA', async () => {
      const api = client({
        baseUrl: tlsUrl,
        tls: { pfx: pki.clientPfx, passphrase: pki.clientPfxPassword, ca: pki.caCertPem },
      });

      await expect(api.get('/whoami')).resolves.toEqual({ client: 'test-client' });
    });

    it('fails with a connection error when no client certificate is configured', async () => {
      const api = client({ baseUrl: tlsUrl, retries: 0, tls: { ca: pki.caCertPem } });

      await expect(api.get('/whoami')).rejects.toBeInstanceOf(UpstreamConnectionError);
    });
  });

  describe('health', () => {
    it('pings a path without a token and reports UP with the HTTP status', async () => {
      server.handle((_req, res) => sendJson(res, 200, { status: 'UP' }));
      const registry = new HealthRegistry();
      const tokens: TokenProvider = { getToken: async () => 'secret-token', invalidate: () => undefined };

      client({ tokenProvider: tokens }).registerHealth(registry, '/health/ping');

      const checks = new Map(registry.entries());
      await expect(checks.get('prison-api')?.()).resolves.toEqual({
        status: 'UP',
        details: { upstream: 'prison-api', circuit: 'closed', httpStatus: 200 },
      });
      expect(server.requests[0]).toMatchObject({ url: '/health/ping' });
      expect(server.requests[0].headers.authorization).toBeUndefined();
    });

    it('reports DOWN for an error status and for an unreachable upstream', async () => {
      server.handle((_req, res) => sendJson(res, 503, {}));
      await expect(client().ping('/health/ping')).resolves.toMatchObject({
        status: 'DOWN',
        details: { httpStatus: 503 },
      });
      expect(server.requests).toHaveLength(1);

      const url = server.url;
      await server.close();
      server = await startLoopbackServer();
      const down = await client({ baseUrl: url }).ping('/health/ping');
      expect(down).toMatchObject({ status: 'DOWN', details: { upstream: 'prison-api' } });
      expect(String(down.details.error)).toContain('ECONNREFUSED');
    });
  });
});
