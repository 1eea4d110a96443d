import { http, HttpClient, RunningStubs, startStubs } from '@libs/testing';

const PING = '/auth/health/ping';

describe('fault injection admin API', () => {
  let stubs: RunningStubs;
  let client: HttpClient;

  beforeAll(async () => {
    stubs = await startStubs();
    client = http(stubs.url);
  });

  afterAll(async () => {
    await stubs?.close();
  });

  afterEach(async () => {
    await stubs.resetFaults();
  });

  it('answers with an injected status and body, leaving other prefixes alone', async () => {
    const fault = await stubs.setFault({ prefix: '/auth/health', status: 503, body: '{"status":"DOWN"}' });

    const faulted = await client.get(PING);
    const untouched = await client.get('/auth/.well-known/jwks.json');

    expect(fault.id).toEqual(expect.any(String));
    expect(faulted.status).toBe(503);
    expect(faulted.headers['content-type']).toMatch(/^application\/json/);
    expect(faulted.body).toEqual({ status: 'DOWN' });
    expect(untouched.status).toBe(200);
  });

  it('sends an injected status with an empty body, or the given content type', async () => {
    await stubs.setFault({ prefix: PING, status: 500, times: 1 });
    await stubs.setFault({ prefix: PING, status: 502, body: '<fault/>', contentType: 'text/xml', times: 1 });

    const empty = await client.get(PING);
    const xml = await client.get(PING);

    expect(empty.status).toBe(500);
    expect(empty.text).toBe('');
    expect(xml.status).toBe(502);
    expect(xml.headers['content-type']).toMatch(/^text\/xml/);
    expect(xml.text).toBe('<fault/>');
  });

  it('adds latency before the normal response', async () => {
    await stubs.setFault({ prefix: PING, latencyMs: 300 });

    const started = performance.now();
    const response = await client.get(PING);
    const elapsed = performance.now() - started;

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'UP' });
    expect(elapsed).toBeGreaterThanOrEqual(290);
  });

  it('combines latency with a status', async () => {
    await stubs.setFault({ prefix: PING, latencyMs: 200, status: 504 });

    const started = performance.now();
    const response = await client.get(PING);

    expect(response.status).toBe(504);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('does not hold up closing the stubs while a long latency is pending', async () => {
    const own = await startStubs();
    await own.setFault({ prefix: PING, latencyMs: 60_000 });
    const pending = http(own.url).get(PING);
    await new Promise((resolve) => setTimeout(resolve, 100));

    const started = performance.now();
    await own.close();

    expect(performance.now() - started).toBeLessThan(2000);
    await expect(pending).rejects.toThrow();
  });

  it('resets the connection so the client sees a socket error', async () => {
    await stubs.setFault({ prefix: PING, reset: true });

    await expect(client.get(PING)).rejects.toThrow(/other side closed|socket|ECONNRESET/i);
  });

  it('corrupts the body while keeping the status and content type', async () => {
    await stubs.setFault({ prefix: '/auth/.well-known', malformed: true });

    const response = await client.get('/auth/.well-known/jwks.json');

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(response.text)).toThrow();
    expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(response.text));
  });

  it('applies to only the next N matching requests with times, then removes itself', async () => {
    await stubs.setFault({ prefix: PING, status: 503, times: 2 });

    const statuses = [];
    for (let i = 0; i < 3; i += 1) {
      statuses.push((await client.get(PING)).status);
    }

    expect(statuses).toEqual([503, 503, 200]);
    expect((await client.get('/__admin/faults')).body).toEqual([]);
  });

  it('applies to a share of requests with rate', async () => {
    await stubs.setFault({ prefix: PING, status: 503, rate: 0.5 });

    const statuses = await Promise.all(
      Array.from({ length: 200 }, () => client.get(PING).then((r) => r.status)),
    );
    const faulted = statuses.filter((status) => status === 503).length;

    // Binomial(200, 0.5): outside 60..140 has a probability below 1e-8.
    expect(faulted).toBeGreaterThan(60);
    expect(faulted).toBeLessThan(140);
    expect(statuses.filter((status) => status !== 503).every((status) => status === 200)).toBe(true);
  });

  it('never applies a fault with rate 0', async () => {
    await stubs.setFault({ prefix: PING, status: 503, rate: 0 });

    const statuses = await Promise.all(
      Array.from({ length: 20 }, () => client.get(PING).then((r) => r.status)),
    );

    expect(new Set(statuses)).toEqual(new Set([200]));
  });

  it('never touches the admin API, even with a catch-all prefix', async () => {
    await stubs.setFault({ prefix: '/', status: 500 });

    expect((await client.get(PING)).status).toBe(500);
    expect((await client.get('/__admin/faults')).status).toBe(200);
    expect((await client.get('/__admin/requests')).status).toBe(200);
  });

  it('lists faults in order and deletes one by id', async () => {
    const first = await stubs.setFault({ prefix: '/prison-api', status: 500 });
    const second = await stubs.setFault({ prefix: '/gro', latencyMs: 10, rate: 0.25, times: 3 });

    const listed = await client.get('/__admin/faults');
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([
      { id: first.id, prefix: '/prison-api', status: 500, rate: 1, createdAt: expect.any(String) },
      {
        id: second.id,
        prefix: '/gro',
        latencyMs: 10,
        rate: 0.25,
        remaining: 3,
        createdAt: expect.any(String),
      },
    ]);

    expect((await client.delete(`/__admin/faults/${first.id}`)).status).toBe(204);
    expect((await client.get('/__admin/faults')).body.map((fault: { id: string }) => fault.id)).toEqual([
      second.id,
    ]);
    expect((await client.delete(`/__admin/faults/${first.id}`)).status).toBe(404);
  });

  it('clears every fault', async () => {
    await stubs.setFault({ prefix: PING, status: 500 });

    expect((await client.delete('/__admin/faults')).status).toBe(204);
    expect((await client.get(PING)).status).toBe(200);
  });

  it.each([
    ['no prefix', { status: 500 }],
    ['a prefix without a leading slash', { prefix: 'prison-api', status: 500 }],
    ['the admin prefix', { prefix: '/__admin', status: 500 }],
    ['no effect at all', { prefix: PING }],
    ['reset with a status', { prefix: PING, reset: true, status: 500 }],
    ['malformed with a status', { prefix: PING, malformed: true, status: 500 }],
    ['a body without a status', { prefix: PING, body: 'x', latencyMs: 1 }],
    ['a status out of range', { prefix: PING, status: 700 }],
    ['a rate above 1', { prefix: PING, status: 500, rate: 1.5 }],
    ['times of 0', { prefix: PING, status: 500, times: 0 }],
    ['negative latency', { prefix: PING, latencyMs: -1 }],
    ['an unknown field', { prefix: PING, status: 500, delay: 3 }],
    ['an array', [{ prefix: PING, status: 500 }]],
  ])('rejects a fault with %s with 400 and keeps no fault', async (_case, body) => {
    const response = await client.post('/__admin/faults', { body });

    expect(response.status).toBe(400);
    expect((await client.get('/__admin/faults')).body).toEqual([]);
  });

  it('rejects a body that is not JSON with 400', async () => {
    const response = await client.post('/__admin/faults', {
      headers: { 'content-type': 'application/json' },
      body: '{"prefix":',
    });

    expect(response.status).toBe(400);
  });
});
