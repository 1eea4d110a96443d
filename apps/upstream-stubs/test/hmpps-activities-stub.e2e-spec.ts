import { http, HttpClient, RunningStubs, startStubs } from '@libs/testing';

const BASE = '/activities/integration-api';

describe('HMPPS Activities and Appointments stand-in', () => {
  let stubs: RunningStubs;
  let client: HttpClient;
  let auth: { headers: Record<string, string> };

  beforeAll(async () => {
    stubs = await startStubs();
    client = http(stubs.url);
    auth = { headers: { authorization: `Bearer ${await stubs.token()}` } };
  });

  afterAll(async () => {
    await stubs?.close();
  });

  it('answers its ping without a token', async () => {
    expect((await client.get('/activities/health/ping')).status).toBe(200);
  });

  it.each([
    `${BASE}/attendance-reasons`,
    `${BASE}/allocations/deallocation-reasons`,
    `${BASE}/prison/prison-regime/MDI`,
    `${BASE}/prison/MDI/prison-pay-bands`,
    `${BASE}/prison/MDI/activities`,
    `${BASE}/activities/1/schedules`,
    `${BASE}/schedules/100`,
    `${BASE}/activities/schedule/100/suitability-criteria`,
    `${BASE}/attendances/9001`,
    `${BASE}/attendances/prisoner/G2996UX?startDate=2025-03-01&endDate=2025-03-31`,
    `${BASE}/prisons/MDI/prisoner/G2996UX/scheduled-instances?startDate=2025-03-01&endDate=2025-03-31`,
  ])('refuses %s without a bearer token, as the real API does', async (path) => {
    const refused = await client.get(path);
    expect(refused.status).toBe(401);
    expect((await client.get(path, auth)).status).toBe(200);
  });

  it('answers 404 in the HMPPS error body for unknown ids and 400 for ids that are not numbers', async () => {
    const missing = await client.get(`${BASE}/schedules/999`, auth);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ status: 404, userMessage: 'Activity schedule 999 not found' });
    const bad = await client.get(`${BASE}/attendances/abc`, auth);
    expect(bad.status).toBe(400);
    expect(bad.body.status).toBe(400);
  });

  it('wants a Caseload-Id for waiting lists and answers only that caseload’s applications', async () => {
    const path = `${BASE}/schedules/100/waiting-list-applications`;
    expect((await client.get(path, auth)).status).toBe(400);
    const mdi = await client.get(path, { headers: { ...auth.headers, 'caseload-id': 'MDI' } });
    expect(mdi.body.map((application: { id: number }) => application.id)).toEqual([1, 2]);
    const lei = await client.get(path, { headers: { ...auth.headers, 'caseload-id': 'LEI' } });
    expect(lei.body).toEqual([]);
  });

  it('searches appointments by the criteria given and wants a start date', async () => {
    const path = `${BASE}/appointments/MDI/search`;
    expect((await client.post(path, { ...auth, body: {} })).status).toBe(400);
    const search = await client.post(path, {
      ...auth,
      body: { startDate: '2025-03-03', categoryCode: 'CHAP' },
    });
    expect(search.status).toBe(200);
    expect(search.body.map((appointment: { appointmentId: number }) => appointment.appointmentId)).toEqual([
      302,
    ]);
  });
});
