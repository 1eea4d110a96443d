import { http, HttpClient, RunningStubs, startStubs } from '@libs/testing';

/**
 * The stand-ins behind HEAD's probation and education operations: nDelius contacts and access
 * limitations, ARN's assessment list, PLP education, Remand and Sentencing, Support for Additional Needs.
 */
describe('HMPPS probation and education stand-ins', () => {
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

  it.each([
    '/ndelius/case/AB123123/contacts',
    '/ndelius/case/AB123123/contacts/1',
    '/ndelius/case/X654321/access-limitations',
    '/assess-risks-and-needs/assessments/mapps/crn/AB123123',
    '/plp/person/G2996UX/education',
    '/plp/assessments/G2996UX/required',
    '/remand-and-sentencing/person/G2996UX/sentenced-court-cases',
    '/support-additional-needs/profile/G2996UX/plan-creation-schedule',
    '/support-additional-needs/profile/G2996UX/reviews/review-schedules',
  ])('refuses GET %s without a bearer token and answers it with one', async (path) => {
    expect((await client.get(path)).status).toBe(401);
    expect((await client.get(path, auth)).status).toBe(200);
  });

  it('answers the new upstreams’ pings without a token', async () => {
    for (const prefix of ['remand-and-sentencing', 'support-additional-needs']) {
      expect((await client.get(`/${prefix}/health/ping`)).body).toEqual({ status: 'UP' });
    }
  });

  it('pages nDelius contacts from 0, filters them by the case’s MAPPA category and refuses a bad page', async () => {
    const page = await client.get('/ndelius/case/AB123123/contacts', { ...auth, query: { page: '1', size: '2' } });
    expect(page.body).toMatchObject({ totalResults: 3, totalPages: 2, content: [{ id: 3 }] });
    const otherCategory = await client.get('/ndelius/case/AB123123/contacts', {
      ...auth,
      query: { mappaCategories: '1,2' },
    });
    expect(otherCategory.body).toMatchObject({ totalResults: 0, content: [] });
    expect((await client.get('/ndelius/case/AB123123/contacts', { ...auth, query: { page: '-1' } })).status).toBe(400);
    expect((await client.get('/ndelius/case/Z999999/contacts', auth)).status).toBe(404);
  });

  it('answers 404 for unknown people everywhere and 403 for a limited access case at ARN', async () => {
    for (const path of [
      '/ndelius/case/Z999999/access-limitations',
      '/plp/person/Z9999ZZ/education',
      '/plp/assessments/Z9999ZZ/required',
      '/remand-and-sentencing/person/Z9999ZZ/sentenced-court-cases',
      '/support-additional-needs/profile/Z9999ZZ/plan-creation-schedule',
    ]) {
      expect({ path, status: (await client.get(path, auth)).status }).toEqual({ path, status: 404 });
    }
    expect((await client.get('/assess-risks-and-needs/assessments/mapps/crn/X654321', auth)).status).toBe(403);
  });

  it('gives SAN’s latest versions only, unless all history is asked for', async () => {
    const path = '/support-additional-needs/profile/G2996UX/plan-creation-schedule';
    const latest = await client.get(path, auth);
    expect(latest.body.planCreationSchedules.map((schedule: { version: number }) => schedule.version)).toEqual([2]);
    const all = await client.get(path, { ...auth, query: { includeAllHistory: 'true' } });
    expect(all.body.planCreationSchedules).toHaveLength(2);
    expect((await client.get(path, { ...auth, query: { includeAllHistory: 'maybe' } })).status).toBe(400);
  });

  it('injects faults into the new stand-ins like any other', async () => {
    await stubs.setFault({ prefix: '/remand-and-sentencing', status: 503 });
    try {
      expect((await client.get('/remand-and-sentencing/person/G2996UX/sentenced-court-cases', auth)).status).toBe(503);
    } finally {
      await stubs.resetFaults();
    }
  });
});
