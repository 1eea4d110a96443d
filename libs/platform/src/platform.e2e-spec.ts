import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { classifyError, EnvelopeExceptionFilter } from '@libs/errors';
import { Writable } from 'node:stream';
import { AppLogger, InjectLogger } from './app-logger';
import { createApp } from './bootstrap';
import { HealthRegistry } from './health-registry';
import { MetricsServer } from './metrics-server';
import { setLogDestination } from './logging';
import { PlatformModule } from './platform.module';
import { shutdownGracefully } from './shutdown';

@Controller('things')
class ThingsController {
  constructor(@InjectLogger('Things') private readonly logger: AppLogger) {}

  @Post()
  create(@Body() body: unknown) {
    return { received: body };
  }

  /** Logs after the body was read and an await, where a lost request context would show. */
  @Post('logged')
  async logged(@Body() body: { name: string }) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    this.logger.warn(`received a thing of ${body.name.length} characters`);
    return { logged: true };
  }

  @Get('slow')
  async slow() {
    await new Promise((resolve) => setTimeout(resolve, 400));
    return { done: true };
  }
}

@Module({
  imports: [PlatformModule.forRoot({ name: 'platform-test', required: ['PLATFORM_TEST_SETTING'] })],
  controllers: [ThingsController],
})
class TestAppModule {}

const options = {
  name: 'platform-test',
  defaultPort: 0,
  title: 'Platform test',
  bodyLimitBytes: 1024,
  configure: (app: NestFastifyApplication) => {
    app.useGlobalFilters(
      new EnvelopeExceptionFilter((error, request) => {
        const kind = classifyError(error, request.method, request.url);
        const status =
          kind.kind === 'body-too-large'
            ? 413
            : kind.kind === 'route-not-found'
              ? 404
              : kind.kind === 'malformed-body'
                ? 400
                : 500;
        return { status, body: { status, kind: kind.kind } };
      }),
    );
  },
};

describe('platform', () => {
  let app: NestFastifyApplication;
  let url: string;
  let metricsUrl: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    process.env.PLATFORM_TEST_SETTING = 'set';
    process.env.LOG_LEVEL = 'info';
    setLogDestination(
      new Writable({
        write(chunk, _encoding, callback) {
          logLines.push(chunk.toString());
          callback();
        },
      }),
    );
    app = await createApp(TestAppModule, options);
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
    url = url.replace('[::1]', '127.0.0.1');
    metricsUrl = await app.get(MetricsServer).listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    setLogDestination(undefined);
    delete process.env.LOG_LEVEL;
    await app?.close();
  });

  it('serves the platform endpoints', async () => {
    for (const path of [
      '/health',
      '/health/ping',
      '/health/liveness',
      '/health/readiness',
      '/info',
      '/v3/api-docs',
      '/swagger-ui/index.html',
    ]) {
      const response = await fetch(url + path);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
    }
    const info = await (await fetch(`${url}/info`)).json();
    expect(info).toMatchObject({
      name: 'platform-test',
      version: expect.any(String),
      gitSha: expect.any(String),
      startTime: expect.any(String),
      git: { commit: { id: expect.any(String) } },
      build: { name: 'platform-test', version: expect.any(String) },
    });
    const docs = (await (await fetch(`${url}/v3/api-docs`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(docs.paths)).toContain('/things');
    expect(Object.keys(docs.paths)).not.toContain('/health');
  });

  it('reports components registered in the health registry, and 503 when one is down', async () => {
    const registry = app.get(HealthRegistry);
    registry.register('always-up', async () => ({ status: 'UP' }));
    let response = await fetch(`${url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'UP', components: { 'always-up': { status: 'UP' } } });
    registry.register('broken', async () => {
      throw new Error('connection refused');
    });
    response = await fetch(`${url}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: 'DOWN',
      components: { broken: { status: 'DOWN', details: { error: 'connection refused' } } },
    });
  });

  it('fails readiness only for components the app cannot serve without', async () => {
    const registry = app.get(HealthRegistry);
    registry.register('an-upstream', async () => ({ status: 'DOWN', details: { error: 'refused' } }));
    let readiness = await fetch(`${url}/health/readiness`);
    expect(readiness.status).toBe(200);
    expect(await readiness.json()).toEqual({ status: 'UP' });
    expect((await fetch(`${url}/health`)).status).toBe(503);

    registry.register('own-store', async () => ({ status: 'UP' }), { requiredForReadiness: true });
    readiness = await fetch(`${url}/health/readiness`);
    expect(readiness.status).toBe(200);
    expect(await readiness.json()).toEqual({ status: 'UP', components: { 'own-store': { status: 'UP' } } });

    registry.register('own-store', async () => ({ status: 'DOWN', details: { error: 'gone' } }), {
      requiredForReadiness: true,
    });
    readiness = await fetch(`${url}/health/readiness`);
    expect(readiness.status).toBe(503);
    expect(await readiness.json()).toEqual({
      status: 'DOWN',
      components: { 'own-store': { status: 'DOWN', details: { error: 'gone' } } },
    });

    // Registered again without the flag: no longer part of readiness.
    registry.register('own-store', async () => ({ status: 'DOWN' }));
    expect((await fetch(`${url}/health/readiness`)).status).toBe(200);
  });

  it('counts requests per route pattern and status in /metrics', async () => {
    await fetch(`${url}/things`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"a":1}',
    });
    const scrape = await fetch(`${metricsUrl}/metrics`);
    expect(scrape.headers.get('content-type')).toContain('text/plain');
    expect(await scrape.text()).toMatch(
      /http_server_requests_seconds_count\{method="POST",route="\/things",status="201"\} 1/,
    );
  });

  it('serves metrics on the metrics port only: the public port answers 404, the metrics port nothing else', async () => {
    const publicScrape = await fetch(`${url}/metrics`);
    expect(publicScrape.status).toBe(404);
    expect(await publicScrape.json()).toEqual({ status: 404, kind: 'route-not-found' });
    expect(metricsUrl).not.toBe(url);
    expect((await fetch(`${metricsUrl}/metrics?name=x`)).status).toBe(200);
    for (const [method, path] of [
      ['GET', '/health'],
      ['GET', '/things'],
      ['POST', '/metrics'],
      ['GET', '/metrics/../health'],
    ]) {
      expect({ method, path, status: (await fetch(`${metricsUrl}${path}`, { method })).status }).toEqual({
        method,
        path,
        status: 404,
      });
    }
  });

  it('rejects an oversized body with 413 and malformed JSON with 400, through the app filter', async () => {
    const big = await fetch(`${url}/things`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ a: 'x'.repeat(2000) }),
    });
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({ status: 413, kind: 'body-too-large' });
    const bad = await fetch(`${url}/things`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"a":',
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ status: 400, kind: 'malformed-body' });
    const missing = await fetch(`${url}/nowhere`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ status: 404, kind: 'route-not-found' });
  });

  it("answers a URL Fastify cannot decode through the app filter, not with Fastify's default body", async () => {
    const response = await fetch(`${url}/things%`);
    // This test's mapper turns every kind it does not name into 500; Fastify's own answer would be a 400
    // {"error":"Bad Request","code":"FST_ERR_BAD_URL",...}.
    expect(await response.json()).toEqual({ status: 500, kind: 'http' });
  });

  it('logs requests with an id, method and route, and no headers (so never the Authorization value)', async () => {
    const response = await fetch(`${url}/health/ping`, {
      headers: { authorization: 'Bearer super-secret-token-value', 'x-request-id': 'req-123' },
    });
    expect(response.headers.get('x-request-id')).toBe('req-123');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const line = logLines.find((l) => l.includes('req-123'));
    expect(line).toBeDefined();
    expect(JSON.parse(line!).req).toEqual({ id: 'req-123', method: 'GET', route: '/health/ping' });
    expect(logLines.join('')).not.toContain('super-secret-token-value');
  });

  it("gives a handler's log lines its request's id, method and route, even after reading the body", async () => {
    const logged = (id: string, name: string) =>
      fetch(`${url}/things/logged`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': id },
        body: JSON.stringify({ name }),
      });
    await Promise.all([logged('req-one', 'a'), logged('req-two', 'bb')]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const handlerLines = logLines.map((line) => JSON.parse(line)).filter((line) => line.context === 'Things');
    expect(handlerLines.map((line) => [line.req, line.msg]).sort()).toEqual([
      [{ id: 'req-one', method: 'POST', route: '/things/logged' }, 'received a thing of 1 characters'],
      [{ id: 'req-two', method: 'POST', route: '/things/logged' }, 'received a thing of 2 characters'],
    ]);
  });

  it('never gives a request that fails before routing the id of the one before it on the same connection', async () => {
    const { Agent, request } = await import('undici');
    const oneConnection = new Agent({ connections: 1 });
    try {
      const first = await request(`${url}/health/ping`, {
        dispatcher: oneConnection,
        headers: { 'x-request-id': 'req-before' },
      });
      await first.body.text();
      const broken = await request(`${url}/things%`, {
        dispatcher: oneConnection,
        headers: { 'x-request-id': 'req-broken' },
      });
      await broken.body.text();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const errorLines = logLines.map((line) => JSON.parse(line)).filter((line) => line.context === 'Errors');
      expect(errorLines.length).toBeGreaterThan(0);
      for (const line of errorLines) expect(line.req?.id).not.toBe('req-before');
    } finally {
      await oneConnection.close();
    }
  });

  it('logs the route pattern, never the URL with its identifiers and query', async () => {
    await fetch(`${url}/things/slow?name=Jo+Bloggs`, { headers: { 'x-request-id': 'req-pii' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const line = logLines.find((l) => l.includes('req-pii'));
    expect(JSON.parse(line!).req).toMatchObject({ method: 'GET', route: '/things/slow' });
    expect(logLines.join('')).not.toContain('Bloggs');
  });

  it('refuses to start naming every missing required variable', async () => {
    @Module({
      imports: [
        PlatformModule.forRoot({
          name: 'needs-config',
          required: ['MISSING_ONE', 'PLATFORM_TEST_SETTING', 'MISSING_TWO'],
        }),
      ],
    })
    class NeedsConfigModule {}
    await expect(createApp(NeedsConfigModule, { ...options, name: 'needs-config' })).rejects.toThrow(
      'needs-config cannot start: missing required environment variables: MISSING_ONE, MISSING_TWO',
    );
  });
});

describe('graceful shutdown', () => {
  it('fails readiness first, lets an in-flight request finish, then stops listening', async () => {
    process.env.PLATFORM_TEST_SETTING = 'set';
    const app = await createApp(TestAppModule, options);
    await app.listen(0, '127.0.0.1');
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const slow = fetch(`${url}/things/slow`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const shutdown = shutdownGracefully(app, { drainDelayMs: 150, timeoutMs: 5000, exit: false });
    const readiness = await fetch(`${url}/health/readiness`);
    expect(readiness.status).toBe(503);
    const finished = await slow;
    expect(finished.status).toBe(200);
    expect(await finished.json()).toEqual({ done: true });
    await shutdown;
    await expect(fetch(`${url}/health/ping`)).rejects.toThrow();
  });
});
