import { DataSource } from 'typeorm';
import { HILLSIDE, NORTHGATE, RIVERSIDE, SAM, startVeraWorld, VeraWorld } from './vera-test-env';

describe('provider registry (admin API)', () => {
  let world: VeraWorld;
  let admin: { authorization: string };
  let mis: { authorization: string };
  const storedRow = async (ukprn: string) =>
    (await world.vera.app.get(DataSource).query('SELECT * FROM vera_providers WHERE ukprn = $1', [ukprn]))[0];

  beforeAll(async () => {
    world = await startVeraWorld();
    admin = { authorization: `Bearer ${world.adminToken}` };
    mis = { authorization: `Bearer ${world.misToken}` };
  });
  afterAll(async () => world?.close());

  it('lists the configured provider and the registered ones, never with a secret', async () => {
    const response = await world.api.get('/admin/providers', { headers: admin });
    expect(response.status).toBe(200);
    expect(response.body.map((p: { ukprn: string; source: string }) => [p.ukprn, p.source])).toEqual([
      [HILLSIDE.ukprn, 'configuration'],
      [RIVERSIDE.ukprn, 'database'],
      [NORTHGATE.ukprn, 'database'],
    ]);
    for (const secret of [HILLSIDE.clientSecret, RIVERSIDE.clientSecret, NORTHGATE.clientSecret]) {
      expect(response.text).not.toContain(secret);
    }
    expect(response.text).not.toMatch(/secret"|ciphertext/i);
  });

  it('stores the secret encrypted (AES-256-GCM, with its key id), not as plaintext', async () => {
    const row = await storedRow(RIVERSIDE.ukprn);
    expect(row.secret_key_id).toBe('k1');
    expect(row.secret_ciphertext).not.toContain(RIVERSIDE.clientSecret);
    expect(Buffer.from(row.secret_ciphertext, 'base64').toString('latin1')).not.toContain(
      RIVERSIDE.clientSecret,
    );
    expect(JSON.stringify(row)).not.toContain(RIVERSIDE.clientSecret);
  });

  it('creates a provider (201, no secret echoed) and refuses duplicates with 409', async () => {
    const body = {
      ukprn: '10002222',
      displayName: 'Eastfield College',
      clientId: 'eastfield-client',
      clientSecret: 'eastfield-secret',
    };
    const created = await world.api.post('/admin/providers', { headers: admin, body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ukprn: '10002222',
      clientId: 'eastfield-client',
      tenantId: null,
      source: 'database',
    });
    expect(created.text).not.toContain('eastfield-secret');

    const sameUkprn = await world.api.post('/admin/providers', {
      headers: admin,
      body: { ...body, clientId: 'other' },
    });
    expect(sameUkprn.status).toBe(409);
    expect(sameUkprn.body.errorCode).toBe('PROVIDER_CONFLICT');
    const sameClient = await world.api.post('/admin/providers', {
      headers: admin,
      body: { ...body, ukprn: '10003333' },
    });
    expect(sameClient.status).toBe(409);
    const configuredClient = await world.api.post('/admin/providers', {
      headers: admin,
      body: { ...body, ukprn: '10003333', clientId: HILLSIDE.clientId },
    });
    expect(configuredClient.status).toBe(409);
  });

  it.each([
    [{ ukprn: '1234567', displayName: 'x', clientId: 'c', clientSecret: 's' }, /ukprn/],
    [{ ukprn: '10004444', displayName: 'x', clientId: 'c' }, /clientSecret/],
    [
      { ukprn: '10004444', displayName: 'x', clientId: 'c', clientSecret: 's', colour: 'red' },
      /colour should not exist/,
    ],
  ])('rejects an invalid new provider %p with 400', async (body, message) => {
    const response = await world.api.post('/admin/providers', { headers: admin, body });
    expect(response.status).toBe(400);
    expect(response.body.developerMessage).toMatch(message);
  });

  it('replaces a secret: the old token is not reused and the new secret is what DfE sees', async () => {
    expect(
      (await world.api.get(`/api/providers/${RIVERSIDE.ukprn}/learners/${SAM.uln}`, { headers: mis })).status,
    ).toBe(200);
    const before = (await storedRow(RIVERSIDE.ukprn)).secret_ciphertext;

    const wrong = await world.api.patch(`/admin/providers/${RIVERSIDE.ukprn}`, {
      headers: admin,
      body: { clientSecret: 'revoked-secret' },
    });
    expect(wrong.status).toBe(200);
    expect((await storedRow(RIVERSIDE.ukprn)).secret_ciphertext).not.toBe(before);
    const refused = await world.api.get(`/api/providers/${RIVERSIDE.ukprn}/learners/${SAM.uln}`, {
      headers: mis,
    });
    expect(refused.status).toBe(502);
    expect(refused.body.errorCode).toBe('PROVIDER_CREDENTIALS_REJECTED');

    await world.api.patch(`/admin/providers/${RIVERSIDE.ukprn}`, {
      headers: admin,
      body: { clientSecret: RIVERSIDE.clientSecret },
    });
    expect(
      (await world.api.get(`/api/providers/${RIVERSIDE.ukprn}/learners/${SAM.uln}`, { headers: mis })).status,
    ).toBe(200);
  });

  it('updates other fields, refusing a client id that another provider holds', async () => {
    const renamed = await world.api.patch(`/admin/providers/${NORTHGATE.ukprn}`, {
      headers: admin,
      body: { displayName: 'Northgate College', tenantId: 'custom-tenant' },
    });
    expect(renamed.body).toMatchObject({ displayName: 'Northgate College', tenantId: 'custom-tenant' });
    const reset = await world.api.patch(`/admin/providers/${NORTHGATE.ukprn}`, {
      headers: admin,
      body: { tenantId: null },
    });
    expect(reset.body.tenantId).toBeNull();
    const clash = await world.api.patch(`/admin/providers/${NORTHGATE.ukprn}`, {
      headers: admin,
      body: { clientId: RIVERSIDE.clientId },
    });
    expect(clash.status).toBe(409);
    expect(
      (await world.api.patch('/admin/providers/10009998', { headers: admin, body: { displayName: 'x' } }))
        .status,
    ).toBe(404);
    expect(
      (
        await world.api.patch(`/admin/providers/${HILLSIDE.ukprn}`, {
          headers: admin,
          body: { displayName: 'x' },
        })
      ).status,
    ).toBe(409);
  });

  it.each([{ displayName: null }, { clientId: null }, { clientSecret: null }, { clientSecret: '' }])(
    'refuses to blank a required field with 400 and leaves the provider unchanged: %p',
    async (body) => {
      const response = await world.api.patch(`/admin/providers/${RIVERSIDE.ukprn}`, { headers: admin, body });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ status: 400, errorCode: 'VALIDATION_FAILED' });
      const stored = await world.api.get(`/admin/providers/${RIVERSIDE.ukprn}`, { headers: admin });
      expect(stored.body).toMatchObject({
        displayName: RIVERSIDE.providerName,
        clientId: RIVERSIDE.clientId,
      });
      expect(
        (await world.api.get(`/api/providers/${RIVERSIDE.ukprn}/learners/${SAM.uln}`, { headers: mis }))
          .status,
      ).toBe(200);
    },
  );

  it('removes a provider; its MIS calls then answer 404 PROVIDER_NOT_FOUND', async () => {
    await world.api.post('/admin/providers', {
      headers: admin,
      body: { ukprn: '10006666', displayName: 'Leaving', clientId: 'leaving-client', clientSecret: 's' },
    });
    expect((await world.api.delete('/admin/providers/10006666', { headers: admin })).status).toBe(204);
    expect((await world.api.get('/admin/providers/10006666', { headers: admin })).status).toBe(404);
    expect((await world.api.delete('/admin/providers/10006666', { headers: admin })).status).toBe(404);
    const call = await world.api.get(`/api/providers/10006666/learners/${SAM.uln}`, { headers: mis });
    expect(call.status).toBe(404);
    expect(call.body.errorCode).toBe('PROVIDER_NOT_FOUND');
  });

  it('needs ROLE_VERA_ADMIN', async () => {
    expect((await world.api.get('/admin/providers')).status).toBe(401);
    const forbidden = await world.api.get('/admin/providers', { headers: mis });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.errorCode).toBe('FORBIDDEN');
  });
});
