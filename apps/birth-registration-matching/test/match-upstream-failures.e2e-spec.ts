import { http, RunningStubs, startStubs } from '@libs/testing';
import { ADAM_SCOTLAND, BrmApp, GIBBY, metricValue, recordAudits, startBrm } from './brm-test-app';

const GRO_PREFIX = '/birth-registration-matching-proxy';
const DES_PREFIX = '/national-records';
const GRO_DOWN = {
  code: 'GRO_CONNECTION_DOWN',
  message: 'General Registry Office: England and Wales is unavailable',
};
const NRS_DOWN = {
  code: 'NRS_CONNECTION_DOWN',
  message: 'National Records Scotland: Scotland is unavailable',
};
const DES_DOWN = { code: 'DES_CONNECTION_DOWN', message: 'DES is unavailable' };
const GRO_UNEXPECTED = {
  code: 'GRO_UNEXPECTED_RESPONSE',
  message: 'General Registry Office: England and Wales returned an unexpected response',
};
const NRS_UNEXPECTED = {
  code: 'NRS_UNEXPECTED_RESPONSE',
  message: 'National Records Scotland: Scotland returned an unexpected response',
};

describe('POST /birth-registration-matching/match — registry failures', () => {
  let stubs: RunningStubs;
  let brm: BrmApp;
  let audits: ReturnType<typeof recordAudits>;

  beforeAll(async () => {
    stubs = await startStubs();
    // A breaker that never opens here, so each status is seen as the registry sent it.
    brm = await startBrm(stubs, { BRM_UPSTREAM_BREAKER_FAILURE_THRESHOLD: '100000' });
    audits = recordAudits(brm);
  });

  afterAll(async () => {
    await brm?.close();
    await stubs?.close();
  });

  beforeEach(async () => {
    audits.clear();
    await stubs.resetFaults();
  });

  describe('status mapping', () => {
    it.each([
      [GRO_PREFIX, GIBBY, 403, 200, { matched: false }],
      [GRO_PREFIX, GIBBY, 404, 200, { matched: false }],
      [GRO_PREFIX, GIBBY, 501, 200, { matched: false }],
      [GRO_PREFIX, GIBBY, 400, 500, GRO_UNEXPECTED],
      [GRO_PREFIX, GIBBY, 504, 500, GRO_UNEXPECTED],
      [GRO_PREFIX, GIBBY, 500, 503, GRO_DOWN],
      [GRO_PREFIX, GIBBY, 502, 503, GRO_DOWN],
      [GRO_PREFIX, GIBBY, 503, 503, GRO_DOWN],
      [GRO_PREFIX, GIBBY, 505, 503, GRO_DOWN],
      [GRO_PREFIX, GIBBY, 201, 500, GRO_UNEXPECTED],
      [GRO_PREFIX, GIBBY, 204, 500, GRO_UNEXPECTED],
      [GRO_PREFIX, GIBBY, 401, 500, GRO_UNEXPECTED],
      [GRO_PREFIX, GIBBY, 429, 500, GRO_UNEXPECTED],
      [DES_PREFIX, ADAM_SCOTLAND, 403, 200, { matched: false }],
      [DES_PREFIX, ADAM_SCOTLAND, 404, 200, { matched: false }],
      [DES_PREFIX, ADAM_SCOTLAND, 400, 500, NRS_UNEXPECTED],
      [DES_PREFIX, ADAM_SCOTLAND, 504, 500, NRS_UNEXPECTED],
      [DES_PREFIX, ADAM_SCOTLAND, 502, 503, DES_DOWN],
      [DES_PREFIX, ADAM_SCOTLAND, 500, 503, NRS_DOWN],
      [DES_PREFIX, ADAM_SCOTLAND, 503, 503, NRS_DOWN],
      [DES_PREFIX, ADAM_SCOTLAND, 599, 503, NRS_DOWN],
      [DES_PREFIX, ADAM_SCOTLAND, 409, 500, NRS_UNEXPECTED],
    ])('%s answering %i gives %i %p', async (prefix, body, upstreamStatus, status, expected) => {
      await stubs.setFault({
        prefix,
        status: upstreamStatus,
        body: upstreamStatus === 204 ? undefined : '{"code":"SERVER_ERROR","reason":"stubbed"}',
      });
      const response = await brm.match(body);
      expect(response.status).toBe(status);
      expect(response.body).toEqual(expected);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(response.headers.accept).toBe('application/vnd.hmrc.1.0+json');
    });

    it('audits a failed lookup with no records and all results false', async () => {
      await stubs.setFault({ prefix: GRO_PREFIX, status: 503 });
      await brm.match(GIBBY);
      expect(audits.types()).toEqual([
        'BRM-Matching-Results',
        'BRM-GROEnglandAndWales-Results',
        'BRM-RequestsAndResults',
      ]);
      expect(audits.events()[0].detail).toMatchObject({
        match: 'false',
        matchFirstName: 'false',
        matchDateOfBirth: 'false',
      });
      expect(audits.events()[2].detail).toMatchObject({ recordFound: 'false', birthsPerSearch: '0' });
    });

    it('records the registry status and then 200 for a not-found answer', async () => {
      const before404 = await metricValue(brm, 'brm_connector_status_total', {
        connector: 'proxy',
        status: '404',
      });
      const before200 = await metricValue(brm, 'brm_connector_status_total', {
        connector: 'proxy',
        status: '200',
      });
      await brm.match({ ...GIBBY, birthReferenceNumber: '999999999' });
      expect(
        await metricValue(brm, 'brm_connector_status_total', { connector: 'proxy', status: '404' }),
      ).toBe(before404 + 1);
      expect(
        await metricValue(brm, 'brm_connector_status_total', { connector: 'proxy', status: '200' }),
      ).toBe(before200 + 1);
    });
  });

  describe('unreadable answers', () => {
    it.each([
      [GRO_PREFIX, GIBBY, GRO_UNEXPECTED],
      [DES_PREFIX, ADAM_SCOTLAND, NRS_UNEXPECTED],
    ])('answers 500 for a 200 whose JSON is broken (%s)', async (prefix, body, expected) => {
      await stubs.setFault({ prefix, malformed: true });
      const response = await brm.match(body);
      expect(response.status).toBe(500);
      expect(response.body).toEqual(expected);
    });

    it('answers 500 for a 200 that is not JSON at all', async () => {
      await stubs.setFault({ prefix: GRO_PREFIX, status: 200, body: 'all good', contentType: 'text/plain' });
      const response = await brm.match(GIBBY);
      expect(response.status).toBe(500);
      expect(response.body).toEqual(GRO_UNEXPECTED);
    });

    it.each(['{}', '[]'])('answers false for a 200 with no records (%s)', async (answer) => {
      await stubs.setFault({ prefix: GRO_PREFIX, status: 200, body: answer });
      expect((await brm.match(GIBBY)).body).toEqual({ matched: false });
    });

    it('answers 500 for a GRO list with an unreadable record', async () => {
      const response = await brm.match({ ...GIBBY, birthReferenceNumber: '400000099' });
      expect(response.status).toBe(500);
      expect(response.body).toEqual(GRO_UNEXPECTED);
    });

    it('answers 500 for an NRS id that is not a 32-bit number', async () => {
      const response = await brm.match({ ...ADAM_SCOTLAND, birthReferenceNumber: '2017999011' });
      expect(response.status).toBe(500);
      expect(response.body).toEqual(NRS_UNEXPECTED);
    });
  });

  describe('no answer', () => {
    it('reports GRO unavailable when the proxy does not answer in time', async () => {
      await stubs.setFault({ prefix: GRO_PREFIX, latencyMs: 5000 });
      const started = Date.now();
      const response = await brm.match(GIBBY);
      expect(response.status).toBe(503);
      expect(response.body).toEqual(GRO_DOWN);
      expect(Date.now() - started).toBeLessThan(3000);
    });

    it('reports DES unavailable when DES does not answer in time', async () => {
      await stubs.setFault({ prefix: DES_PREFIX, latencyMs: 5000 });
      const response = await brm.match(ADAM_SCOTLAND);
      expect(response.status).toBe(503);
      expect(response.body).toEqual(DES_DOWN);
    });

    it.each([
      [GRO_PREFIX, GIBBY, GRO_DOWN],
      [DES_PREFIX, ADAM_SCOTLAND, DES_DOWN],
    ])('reports the registry unavailable when %s resets the connection', async (prefix, body, expected) => {
      await stubs.setFault({ prefix, reset: true });
      const response = await brm.match(body);
      expect(response.status).toBe(503);
      expect(response.body).toEqual(expected);
    });
  });
});

describe('POST /birth-registration-matching/match — circuit breaker and refused connections', () => {
  let stubs: RunningStubs;

  beforeAll(async () => {
    stubs = await startStubs();
  });

  afterAll(async () => {
    await stubs?.close();
  });

  it('answers 503 at once, without calling the registry, while the breaker is open', async () => {
    const brm = await startBrm(stubs, {
      BRM_UPSTREAM_BREAKER_FAILURE_THRESHOLD: '2',
      BRM_UPSTREAM_BREAKER_RESET_MS: '60000',
    });
    try {
      await stubs.setFault({ prefix: GRO_PREFIX, status: 500 });
      await stubs.setFault({ prefix: DES_PREFIX, status: 500 });
      for (let i = 0; i < 2; i++) {
        expect((await brm.match(GIBBY)).body).toEqual(GRO_DOWN);
        expect((await brm.match(ADAM_SCOTLAND)).body).toEqual(NRS_DOWN);
      }
      await stubs.resetFaults();
      await stubs.clearRequests();

      const gro = await brm.match(GIBBY);
      expect(gro.status).toBe(503);
      expect(gro.body).toEqual(GRO_DOWN);
      const des = await brm.match(ADAM_SCOTLAND);
      expect(des.status).toBe(503);
      expect(des.body).toEqual(DES_DOWN);
      expect(await stubs.requests()).toHaveLength(0);
      expect(await metricValue(brm, 'upstream_circuit_open', { upstream: 'gro' })).toBe(1);
    } finally {
      await brm.close();
    }
  });

  it('reports each registry unavailable when nothing listens at its address', async () => {
    const closed = await startStubs();
    const deadUrl = closed.url;
    await closed.close();
    const brm = await startBrm({ ...stubs, url: deadUrl });
    try {
      expect((await brm.match(GIBBY)).body).toEqual(GRO_DOWN);
      expect((await brm.match(ADAM_SCOTLAND)).body).toEqual(DES_DOWN);
    } finally {
      await brm.close();
    }
  });
});

describe('registry stand-ins: auth and request checks', () => {
  let stubs: RunningStubs;

  beforeAll(async () => {
    stubs = await startStubs();
  });

  afterAll(async () => {
    await stubs?.close();
  });

  it('answers 500 NRS_UNEXPECTED_RESPONSE when DES refuses BRM’s token', async () => {
    const brm = await startBrm(stubs, { BRM_DES_AUTH_TOKEN: 'wrong-token' });
    try {
      const response = await brm.match(ADAM_SCOTLAND);
      expect(response.status).toBe(500);
      expect(response.body).toEqual(NRS_UNEXPECTED);
    } finally {
      await brm.close();
    }
  });

  it('DES refuses a call without its bearer token or headers, like the real gateway', async () => {
    const des = http(stubs.url);
    const search = { firstName: 'Adam TEST', lastName: 'SMITH', dateOfBirth: '2009-11-12' };
    const noToken = await des.post(`${DES_PREFIX}/births`, { body: search });
    expect(noToken.status).toBe(401);
    expect(noToken.body).toMatchObject({ code: 'UNAUTHORIZED' });
    const noHeaders = await des.post(`${DES_PREFIX}/births`, {
      body: search,
      headers: { Authorization: 'Bearer local-des-token' },
    });
    expect(noHeaders.status).toBe(400);
    expect(noHeaders.body).toMatchObject({ code: 'INVALID_HEADER' });
  });

  it('GRO and DES refuse a search without its keys', async () => {
    const client = http(stubs.url);
    const gro = await client.post(`${GRO_PREFIX}/match/details`, { body: { forenames: 'Adam' } });
    expect(gro.status).toBe(400);
    expect(gro.body).toMatchObject({ code: 'INVALID_PAYLOAD' });
    const des = await client.post(`${DES_PREFIX}/births`, {
      body: { firstName: 'Adam' },
      headers: {
        Authorization: 'Bearer local-des-token',
        Environment: 'dev',
        QueryID: 'q',
        DateTime: '2017-01-02T03:04:05.006',
      },
    });
    expect(des.status).toBe(400);
    expect(des.body).toMatchObject({ code: 'INVALID_PAYLOAD' });
  });
});
