import { http, RunningStubs, startStubs } from '@libs/testing';
import { ADAM_SCOTLAND, BrmApp, GIBBY, startBrm } from './brm-test-app';

const GRO_PREFIX = '/birth-registration-matching-proxy';
const DES_PREFIX = '/national-records';

interface Health {
  status: string;
  components: Record<string, { status: string; details?: Record<string, unknown> }>;
}

describe('BRM /health: the registries as the last calls found them', () => {
  let stubs: RunningStubs;
  let brm: BrmApp;

  const health = async () => {
    const response = await brm.client.get('/health');
    return { httpStatus: response.status, ...(response.body as Health) };
  };
  const statuses = (body: Health) =>
    Object.fromEntries(Object.entries(body.components).map(([name, component]) => [name, component.status]));

  beforeAll(async () => {
    stubs = await startStubs();
    // No breaker opening here: each test sees each registry as it answered.
    brm = await startBrm(stubs, { BRM_UPSTREAM_BREAKER_FAILURE_THRESHOLD: '100000' });
  });

  afterAll(async () => {
    await brm?.close();
    await stubs?.close();
  });

  beforeEach(() => stubs.resetFaults());

  it('lists gro, des and nrs, UP before any call, without calling a registry itself', async () => {
    await stubs.clearRequests();

    const body = await health();

    expect(body.httpStatus).toBe(200);
    expect(statuses(body)).toEqual({ gro: 'UP', des: 'UP', nrs: 'UP' });
    expect(body.components.gro.details).toEqual({ upstream: 'gro', lastCall: 'none since start' });
    expect(await stubs.requests()).toEqual([]);
  });

  it('shows GRO DOWN (503) once a match finds it down, and UP again once it answers', async () => {
    await stubs.setFault({ prefix: GRO_PREFIX, status: 503 });
    expect((await brm.match(GIBBY)).status).toBe(503);

    let body = await health();
    expect(body.httpStatus).toBe(503);
    expect(body.status).toBe('DOWN');
    expect(body.components.gro).toEqual({
      status: 'DOWN',
      details: {
        upstream: 'gro',
        lastCall: { outcome: 'server_error', httpStatus: 503, at: expect.any(String) },
      },
    });

    await stubs.resetFaults();
    expect((await brm.match(GIBBY)).body).toEqual({ matched: true });
    body = await health();
    expect(body.components.gro.status).toBe('UP');
  });

  it('shows GRO DOWN when its connection is lost', async () => {
    await stubs.setFault({ prefix: GRO_PREFIX, reset: true });
    expect((await brm.match(GIBBY)).status).toBe(503);

    expect((await health()).components.gro).toMatchObject({
      status: 'DOWN',
      details: { lastCall: { outcome: 'connection_error' } },
    });
    await brm.match(GIBBY);
  });

  it('blames NRS, not DES, when DES relays an NRS failure', async () => {
    await stubs.setFault({ prefix: DES_PREFIX, status: 503 });
    expect((await brm.match(ADAM_SCOTLAND)).body).toMatchObject({ code: 'NRS_CONNECTION_DOWN' });

    const body = await health();
    expect(body.httpStatus).toBe(503);
    expect(statuses(body)).toMatchObject({ des: 'UP', nrs: 'DOWN' });
  });

  it('shows DES and NRS DOWN when DES itself fails (a bad gateway, or no connection)', async () => {
    for (const fault of [{ status: 502 }, { reset: true }]) {
      await stubs.resetFaults();
      await stubs.setFault({ prefix: DES_PREFIX, ...fault });
      expect((await brm.match(ADAM_SCOTLAND)).body).toMatchObject({ code: 'DES_CONNECTION_DOWN' });

      expect(statuses(await health())).toMatchObject({ des: 'DOWN', nrs: 'DOWN' });
    }
    await stubs.resetFaults();
    expect((await brm.match(ADAM_SCOTLAND)).status).toBe(200);
    expect(statuses(await health())).toMatchObject({ des: 'UP', nrs: 'UP' });
  });

  it('stays ready while a registry is down: an outage shows in /health, it does not empty the service', async () => {
    await stubs.setFault({ prefix: GRO_PREFIX, status: 500 });
    await brm.match(GIBBY);

    expect((await health()).httpStatus).toBe(503);
    const readiness = await brm.client.get('/health/readiness');
    expect(readiness.status).toBe(200);
    expect(readiness.body).toEqual({ status: 'UP' });
    expect((await http(brm.started.url).get('/ping/ping')).status).toBe(200);
    await stubs.resetFaults();
    await brm.match(GIBBY);
  });

  it('never offers /metrics on the public port', async () => {
    expect((await brm.client.get('/metrics')).status).toBe(404);
    const scrape = await http(brm.started.metricsUrl).get('/metrics');
    expect(scrape.status).toBe(200);
    expect(scrape.text).toContain('upstream_request_duration_seconds_count{upstream="gro",method="POST"');
  });
});
