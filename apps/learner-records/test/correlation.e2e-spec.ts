import { captureLogs, type CapturedLogs, http, RunningStubs, startStubs, StartedApp } from '@libs/testing';
import { startLearnerRecords, UI } from './learner-records-test-app';

const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';
const TRACEPARENT = `00-${TRACE_ID}-b7ad6b7169203331-01`;
const W3C = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/;

describe('correlation over SOAP: POST /learners carries the trace to LRS', () => {
  let stubs: RunningStubs;
  let app: StartedApp;
  let token: string;
  let logs: CapturedLogs;

  beforeAll(async () => {
    stubs = await startStubs();
    app = await startLearnerRecords(stubs, { LOG_LEVEL: 'info' });
    token = await stubs.token({ roles: [UI] });
  });
  afterAll(async () => {
    await app?.close();
    await stubs?.close();
  });
  beforeEach(async () => {
    await stubs.clearRequests();
    logs = captureLogs();
  });
  afterEach(() => logs.stop());

  it("sends the caller's trace id and the request id with the SOAP call, and logs the same trace id", async () => {
    const response = await http(app.url).post('/learners', {
      headers: {
        authorization: `Bearer ${token}`,
        'x-username': 'test.user@justice.gov.uk',
        traceparent: TRACEPARENT,
        'x-request-id': 'mis-req-7',
      },
      body: {
        givenName: 'Test',
        familyName: 'Tester',
        dateOfBirth: '1976-08-16',
        gender: 'FEMALE',
        lastKnownPostCode: 'CV49EE',
      },
    });
    expect(response.status).toBe(200);

    const [soapCall, ...others] = await stubs.requests('/lrs/');
    expect(others).toEqual([]);
    expect(soapCall).toMatchObject({ method: 'POST', path: '/lrs/LearnerService.svc' });
    expect(W3C.exec(String(soapCall.headers.traceparent))?.[1]).toBe(TRACE_ID);
    expect(soapCall.headers['x-request-id']).toBe('mis-req-7');

    const line = logs.lines().find((entry) => entry.msg === 'request completed');
    expect(line).toMatchObject({ req: { id: 'mis-req-7', route: '/learners' }, trace_id: TRACE_ID });
    expect(soapCall.headers.traceparent).toContain(`-${String(line?.span_id)}-`);
  });

  it('times the SOAP call in upstream_request_duration_seconds like every other upstream', async () => {
    const scrape = await http(app.metricsUrl).get('/metrics');

    expect(scrape.text).toMatch(
      /upstream_request_duration_seconds_count\{upstream="lrs",method="POST",outcome="success"\} [1-9]/,
    );
  });
});
