import { Body, Controller, Get, Module, Param, Post } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { classifyError, ErrorRequest } from '@libs/errors';
import { rawRequest } from '@libs/testing';
import { connect, Socket } from 'node:net';
import { createApp } from './bootstrap';
import { MAX_JSON_DEPTH } from './http-limits';
import { PlatformModule } from './platform.module';

@Controller('things')
class ThingsController {
  @Post()
  create(@Body() body: unknown) {
    return { received: body };
  }

  @Get(':id')
  one(@Param('id') id: string) {
    return { id };
  }
}

@Module({
  imports: [PlatformModule.forRoot({ name: 'hardening-test', required: [] })],
  controllers: [ThingsController],
})
class HardeningTestModule {}

/** This test's envelope: what the app's mapper made of the error, and of the request it was given. */
function mapper(error: unknown, request: ErrorRequest) {
  const kind = classifyError(error, request.method, request.url);
  const status =
    kind.kind === 'http'
      ? kind.status
      : kind.kind === 'malformed-body'
        ? 400
        : kind.kind === 'route-not-found'
          ? 404
          : 500;
  const message = kind.kind === 'http' || kind.kind === 'malformed-body' ? kind.message : kind.kind;
  return { status, body: { envelope: 'test', status, message, url: request.url } };
}

/** Opens a connection, writes `head`, then `trickle` one byte at a time every `everyMs`; resolves with what came back. */
function slowClient(
  url: string,
  head: string,
  trickle: string,
  everyMs: number,
): Promise<{ text: string; ms: number }> {
  const { port } = new URL(url);
  const started = Date.now();
  return new Promise((resolve) => {
    const socket: Socket = connect(Number(port), '127.0.0.1');
    let text = '';
    let sent = 0;
    const timer = setInterval(() => {
      if (sent < trickle.length && socket.writable) socket.write(trickle[sent++]);
    }, everyMs);
    socket.on('data', (chunk) => (text += chunk.toString('utf8')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ text, ms: Date.now() - started });
    });
    socket.write(head);
  });
}

const bodyOf = (text: string) => JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4));

describe('request hardening (every app, through libs/platform)', () => {
  let app: NestFastifyApplication;
  let url: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    process.env.HTTP_REQUEST_TIMEOUT_MS = '1500';
    process.env.HTTP_HEADERS_TIMEOUT_MS = '1000';
    app = await createApp(HardeningTestModule, {
      name: 'hardening-test',
      defaultPort: 0,
      title: 'hardening test',
      errorMapper: mapper,
    });
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(async () => {
    process.env = saved;
    await app?.close();
  });

  const post = (body: Buffer | string, contentType = 'application/json') =>
    fetch(`${url}/things`, { method: 'POST', headers: { 'content-type': contentType }, body });

  describe('JSON nesting depth (finding 6)', () => {
    it(`accepts ${MAX_JSON_DEPTH} levels and refuses one more, arrays or objects, before anything parses it`, async () => {
      const arrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
      const objects = (depth: number) => '{"a":'.repeat(depth - 1) + '{}' + '}'.repeat(depth - 1);
      expect((await post(arrays(MAX_JSON_DEPTH))).status).toBe(201);
      expect((await post(objects(MAX_JSON_DEPTH))).status).toBe(201);
      for (const body of [
        arrays(MAX_JSON_DEPTH + 1),
        objects(MAX_JSON_DEPTH + 1),
        arrays(2_000),
        objects(3_000),
      ]) {
        const response = await post(body);
        expect(response.status).toBe(400);
        expect(await response.json()).toMatchObject({
          envelope: 'test',
          message: `JSON is nested deeper than ${MAX_JSON_DEPTH} levels`,
        });
      }
    });

    it('does not count brackets inside strings, escaped quotes included', async () => {
      const body = JSON.stringify({ text: '['.repeat(5_000), quoted: '\\"[[[' });
      expect((await post(body)).status).toBe(201);
    });
  });

  describe('bodies that are not UTF-8 (finding 11)', () => {
    it('refuses a JSON string holding FF FE bytes instead of storing U+FFFD', async () => {
      const body = Buffer.concat([Buffer.from('{"name":"a'), Buffer.from([0xff, 0xfe]), Buffer.from('b"}')]);
      const response = await post(body);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ message: 'Body is not valid UTF-8' });
      const form = await post(Buffer.from([0x61, 0x3d, 0xff]), 'application/x-www-form-urlencoded');
      expect(form.status).toBe(400);
    });

    it('still reads UTF-8 JSON and forms', async () => {
      expect(await (await post(JSON.stringify({ name: 'Zoë ✓' }))).json()).toEqual({
        received: { name: 'Zoë ✓' },
      });
      expect(await (await post('a=1&a=2&b=%C3%A9', 'application/x-www-form-urlencoded')).json()).toEqual({
        received: { a: ['1', '2'], b: 'é' },
      });
    });
  });

  describe('request targets the router would read differently (finding 1, for every app)', () => {
    it.each([
      ['a raw #', '/things/1#/other'],
      ['a # in the query', '/things/1?x=1#y'],
      ['absolute form', `http://evil.example/things/1`],
      ['an encoded dot segment', '/things/%2e%2e'],
      ['an encoded dot segment in the middle', '/things/%2E/x'],
      ['an encoded letter', '/thing%73/1'],
      ['an encoded digit, hyphen, underscore or tilde', '/things/%31%2D%5F%7E'],
      ['a plain dot segment', '/things/../things/1'],
      ['a quote', '/things/"1"'],
      ['a backslash', '/things/1\\'],
      ['braces and a pipe', '/things/{1}|2'],
      ['a broken percent-encoding', '/things/1%zz'],
    ])('refuses %s with 400 in the envelope', async (_name, target) => {
      const response = await rawRequest(url, { target });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ envelope: 'test', status: 400 });
    });

    it.each(['/things/1', '/things/a%2Fb', "/things/it's-(1)+2,3;x=y:@!$&*", '/things/1?q=a|b{c}'])(
      'serves %s',
      async (target) => {
        expect((await rawRequest(url, { target })).status).toBe(200);
      },
    );
  });

  describe("requests Node refuses before routing get the app's envelope, not Fastify's (finding 12)", () => {
    it.each([
      ['DEL in a header value', '/things/1', { 'x-probe': 'a\u007fb' }],
      ['a control character in a header value', '/things/1', { 'x-probe': 'a\u0001b' }],
      ['a space in a header name', '/things/1', { 'x bad': 'v' }],
      ['a tab in the path', '/things/1\t2', {}],
      ['DEL in the path', '/things/1\u007f', {}],
      ['a control character in the query', '/things/1?a=\u0001', {}],
    ])('%s → 400 in the envelope, naming the target it could read', async (_name, target, headers) => {
      const response = await rawRequest(url, { target, headers });
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        envelope: 'test',
        status: 400,
        message: 'Bad Request',
        url: expect.stringMatching(/^\/things\/1/),
      });
      expect(response.text).not.toContain('Client Error');
      expect(response.headers.connection).toBe('close');
    });

    it('answers a head over 16 KB with 431 in the envelope', async () => {
      const response = await rawRequest(url, {
        target: '/things/1',
        headers: { 'x-big': 'a'.repeat(20_000) },
      });
      expect(response.status).toBe(431);
      expect(response.body).toMatchObject({ envelope: 'test', status: 431 });
    });
  });

  describe('timeouts (finding 7)', () => {
    it('cuts off a client sending its body one byte at a time, with 408 in the envelope', async () => {
      const body = JSON.stringify({ a: 'x'.repeat(100) });
      const { text, ms } = await slowClient(
        url,
        `POST /things HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
        body,
        100,
      );
      expect(text).toMatch(/^HTTP\/1\.1 408 /);
      expect(bodyOf(text)).toMatchObject({ envelope: 'test', status: 408 });
      // The request timeout (1.5 s) plus Node's 1 s check interval, well before the body would be complete.
      expect(ms).toBeLessThan(4_000);
    });

    it('cuts off a client sending its headers slowly', async () => {
      const { text, ms } = await slowClient(
        url,
        'GET /things/1 HTTP/1.1\r\n',
        'X-Slow: ' + 'a'.repeat(200),
        100,
      );
      expect(text).toMatch(/^HTTP\/1\.1 408 /);
      expect(ms).toBeLessThan(3_500);
    });
  });

  it('stops start-up naming every bad timeout setting', async () => {
    process.env.HTTP_REQUEST_TIMEOUT_MS = 'soon';
    process.env.HTTP_KEEP_ALIVE_TIMEOUT_MS = '-1';
    try {
      await expect(
        createApp(HardeningTestModule, { name: 'hardening-test', defaultPort: 0, title: 't' }),
      ).rejects.toThrow(/HTTP_REQUEST_TIMEOUT_MS .*HTTP_KEEP_ALIVE_TIMEOUT_MS/);
    } finally {
      process.env.HTTP_REQUEST_TIMEOUT_MS = '1500';
      delete process.env.HTTP_KEEP_ALIVE_TIMEOUT_MS;
    }
  });
});
