import { http } from '@libs/testing';
import { DataSource } from 'typeorm';
import { HILLSIDE, NORTHGATE, SAM, startVeraWorld, VeraWorld } from './vera-test-app';

interface Health {
  status: string;
  components: Record<string, { status: string; details?: Record<string, unknown> }>;
}

describe('vera /health: VERA, Entra and the database', () => {
  let world: VeraWorld;
  let auth: { authorization: string };

  const health = async () => {
    const response = await world.api.get('/health');
    return { httpStatus: response.status, ...(response.body as Health) };
  };
  const statuses = (body: Health) =>
    Object.fromEntries(Object.entries(body.components).map(([name, component]) => [name, component.status]));
  const learner = (ukprn: string) =>
    world.api.get(`/api/providers/${ukprn}/learners/${SAM.uln}`, { headers: auth });

  beforeAll(async () => {
    world = await startVeraWorld();
    auth = { authorization: `Bearer ${world.misToken}` };
  });
  afterAll(async () => world?.close());
  afterEach(() => world.stubs.resetFaults());

  it('reports db, vera and entra (one component each, whatever the number of providers)', async () => {
    const body = await health();

    expect(body.httpStatus).toBe(200);
    expect(statuses(body)).toEqual({ db: 'UP', vera: 'UP', entra: 'UP' });
  });

  it('shows Entra DOWN when a token cannot be had, and VERA untouched', async () => {
    // Hillside (configured by DFE_SECURITY_*) has no token yet: registering a provider through the admin
    // API tests its connection, which leaves a token cached.
    await world.stubs.setFault({ prefix: '/entra', status: 503 });
    expect((await learner(HILLSIDE.ukprn)).status).toBeGreaterThanOrEqual(500);

    const body = await health();
    expect(body.httpStatus).toBe(503);
    expect(body.components.entra).toMatchObject({
      status: 'DOWN',
      details: { upstream: 'entra', lastCall: { outcome: 'server_error', httpStatus: 503 } },
    });
    expect(body.components.vera.status).toBe('UP');

    await world.stubs.resetFaults();
    // With a token, the call reaches VERA, which shares no record with Hillside: its 404, not a failure.
    expect((await learner(HILLSIDE.ukprn)).status).toBe(404);
    expect(statuses(await health())).toEqual({ db: 'UP', vera: 'UP', entra: 'UP' });
  });

  it('shows VERA DOWN when it fails, and stays ready: the database is all readiness needs', async () => {
    await world.stubs.setFault({ prefix: '/vera/api', status: 500 });
    expect((await learner(NORTHGATE.ukprn)).status).toBe(502);

    const body = await health();
    expect(body.httpStatus).toBe(503);
    expect(statuses(body)).toEqual({ db: 'UP', vera: 'DOWN', entra: 'UP' });
    const readiness = await world.api.get('/health/readiness');
    expect(readiness.status).toBe(200);
    expect(readiness.body).toEqual({
      status: 'UP',
      components: { db: { status: 'UP', details: expect.any(Object) } },
    });
  });

  it('is not ready without its database', async () => {
    await world.vera.app.get(DataSource).destroy();

    const readiness = await world.api.get('/health/readiness');
    expect(readiness.status).toBe(503);
    expect(readiness.body).toMatchObject({ status: 'DOWN', components: { db: { status: 'DOWN' } } });
    expect((await world.api.get('/health/liveness')).status).toBe(200);
    // Metrics stay scrapeable, on their own port only.
    expect((await http(world.vera.metricsUrl).get('/metrics')).status).toBe(200);
    expect((await world.api.get('/metrics')).status).toBe(404);
  });
});
