import { DataSource } from 'typeorm';
import { RIVERSIDE, SAM, startVeraWorld, VeraWorld } from './vera-test-app';

/** Text PostgreSQL cannot store as sent must be refused as bad input, whichever field it arrives in. */
describe('control characters and unpaired surrogates in requests', () => {
  let world: VeraWorld;
  let admin: { authorization: string };
  let mis: { authorization: string };
  const rows = async (sql: string) => world.vera.app.get(DataSource).query(sql);
  const storedState = async () => ({
    providers: await rows('SELECT * FROM vera_providers ORDER BY ukprn'),
    tickets: await rows('SELECT * FROM vera_page_tickets ORDER BY ticket_hash'),
  });

  beforeAll(async () => {
    world = await startVeraWorld();
    admin = { authorization: `Bearer ${world.adminToken}` };
    mis = { authorization: `Bearer ${world.misToken}` };
  });
  afterAll(async () => world?.close());

  const validationFailed = (field: string) => ({
    status: 400,
    errorCode: 'VALIDATION_FAILED',
    userMessage: 'Some of the details sent are not valid.',
    developerMessage: `${field} must not contain control characters or unpaired surrogates`,
    // The request id, for support (issue #23: moreInfo filled consistently).
    moreInfo: expect.any(String),
  });

  it.each([
    ['NUL', '\u0000j.smith'],
    ['a newline', 'j.smith\n'],
    ['a tab', 'j.\tsmith'],
    ['DEL', 'j.smith\u007f'],
    ['an unpaired surrogate', 'j.smith\ud800'],
  ])('refuses a page-session username holding %s with 400, storing no ticket', async (_what, username) => {
    const before = await storedState();
    const response = await world.api.post('/api/page-sessions', {
      headers: mis,
      body: { ukprn: RIVERSIDE.ukprn, username },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual(validationFailed('username'));
    expect(await storedState()).toEqual(before);
  });

  it('still accepts any other Unicode in a username', async () => {
    const response = await world.api.post('/api/page-sessions', {
      headers: mis,
      body: { ukprn: RIVERSIDE.ukprn, username: "Zoë Ó'Brien-Łukasz 😀" },
    });
    expect(response.status).toBe(201);
    expect(response.body.signInUrl).toEqual(expect.any(String));
  });

  it.each(['displayName', 'clientId', 'clientSecret', 'tenantId', 'resource'])(
    'refuses a new provider whose %s holds NUL, storing nothing',
    async (field) => {
      const before = await storedState();
      const body = {
        ukprn: '10007777',
        displayName: 'Westbrook College',
        clientId: 'westbrook-client',
        clientSecret: 'westbrook-secret',
        [field]: 'westbrook\u0000',
      };
      const response = await world.api.post('/admin/providers', { headers: admin, body });
      expect(response.status).toBe(400);
      expect(response.body).toEqual(validationFailed(field));
      expect(await storedState()).toEqual(before);
    },
  );

  it('refuses a provider change holding a control character, leaving the provider as it was', async () => {
    const before = await storedState();
    const response = await world.api.patch(`/admin/providers/${RIVERSIDE.ukprn}`, {
      headers: admin,
      body: { clientId: 'riverside\u0000' },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual(validationFailed('clientId'));
    expect(await storedState()).toEqual(before);
  });

  it('refuses a Pattern C body holding NUL without calling VERA', async () => {
    const veraCalls = async () => (await world.stubs.requests('/vera/api/v1/education-records/')).length;
    const before = await veraCalls();
    const response = await world.api.post(`/api/providers/${RIVERSIDE.ukprn}/learner-checks`, {
      headers: mis,
      body: { mobileNumber: `${SAM.mobile}\u0000`, dateOfBirth: SAM.dateOfBirth },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual(validationFailed('mobileNumber'));
    expect(await veraCalls()).toBe(before);
  });

  it('refuses NUL in a path parameter with the JSON envelope', async () => {
    const response = await world.api.get(`/admin/providers/${RIVERSIDE.ukprn}%00`, { headers: admin });
    expect(response.status).toBe(400);
    expect(response.body).toEqual(validationFailed('ukprn'));
  });

  it('refuses NUL in a query parameter of a page with the HTML error page', async () => {
    const response = await world.api.get('/sign-in?ticket=%00abc');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toContain('Some of the details sent are not valid.');
    expect(response.text).not.toContain('database');
  });
});
