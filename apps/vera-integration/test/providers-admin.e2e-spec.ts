import { DataSource } from 'typeorm';
import { SecretCipher } from '../src/crypto/secret-cipher';
import clients from '../../upstream-stubs/fixtures/vera/clients.json';
import {
  EASTFIELD,
  HILLSIDE,
  NORTHGATE,
  RIVERSIDE,
  SAM,
  SOUTHFIELD,
  startVeraWorld,
  VeraWorld,
} from './vera-test-app';

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
  afterEach(async () => world.stubs.resetFaults());

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

  it('creates a provider once Entra accepts its credentials (201, no secret echoed), and refuses duplicates with 409', async () => {
    const body = {
      ukprn: EASTFIELD.ukprn,
      displayName: EASTFIELD.providerName,
      clientId: EASTFIELD.clientId,
      clientSecret: EASTFIELD.clientSecret,
    };
    const tokensBefore = (await world.stubs.requests('/entra/')).length;
    const created = await world.api.post('/admin/providers', { headers: admin, body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ukprn: EASTFIELD.ukprn,
      clientId: EASTFIELD.clientId,
      tenantId: null,
      source: 'database',
      connection: { status: 'OK', checkedAt: expect.any(String) },
    });
    expect(created.text).not.toContain(EASTFIELD.clientSecret);
    // "Test connection": one token request with the new credentials.
    expect((await world.stubs.requests('/entra/')).length).toBe(tokensBefore + 1);

    const sameUkprn = await world.api.post('/admin/providers', {
      headers: admin,
      body: { ...body, clientId: SOUTHFIELD.clientId, clientSecret: SOUTHFIELD.clientSecret },
    });
    expect(sameUkprn.status).toBe(409);
    expect(sameUkprn.body.errorCode).toBe('PROVIDER_CONFLICT');
    const sameClient = await world.api.post('/admin/providers', {
      headers: admin,
      body: { ...body, ukprn: '10003333', clientId: EASTFIELD.clientId.toUpperCase() },
    });
    expect(sameClient.status).toBe(409);
    const configuredClient = await world.api.post('/admin/providers', {
      headers: admin,
      body: { ...body, ukprn: '10003333', clientId: HILLSIDE.clientId },
    });
    expect(configuredClient.status).toBe(409);
  });

  it.each([
    [{ ukprn: '1234567', displayName: 'x', clientId: SOUTHFIELD.clientId, clientSecret: 's' }, /ukprn/],
    [{ ukprn: '10004444', displayName: 'x', clientId: SOUTHFIELD.clientId }, /clientSecret/],
    [
      {
        ukprn: '10004444',
        displayName: 'x',
        clientId: SOUTHFIELD.clientId,
        clientSecret: 's',
        colour: 'red',
      },
      /colour should not exist/,
    ],
    [
      { ukprn: '10004444', displayName: '   ', clientId: SOUTHFIELD.clientId, clientSecret: 's' },
      /displayName must not be blank/,
    ],
    [
      { ukprn: '10004444', displayName: 'x', clientId: 'not a guid', clientSecret: 's' },
      /clientId must be a GUID/,
    ],
    [
      {
        ukprn: '10004444',
        displayName: 'x',
        clientId: SOUTHFIELD.clientId,
        clientSecret: 's',
        tenantId: 'not a tenant!',
      },
      /tenantId must be a GUID or a domain name/,
    ],
    [
      {
        ukprn: '10004444',
        displayName: 'x',
        clientId: SOUTHFIELD.clientId,
        clientSecret: 's',
        resource: 'vera',
      },
      /resource must be an App ID URI/,
    ],
  ])('rejects an invalid new provider %p with 400, without asking Entra', async (body, message) => {
    const tokensBefore = (await world.stubs.requests('/entra/')).length;
    const response = await world.api.post('/admin/providers', { headers: admin, body });
    expect(response.status).toBe(400);
    expect(response.body.developerMessage).toMatch(message);
    expect((await world.stubs.requests('/entra/')).length).toBe(tokensBefore);
  });

  it('refuses a provider whose secret Entra rejects (422), and stores nothing', async () => {
    const response = await world.api.post('/admin/providers', {
      headers: admin,
      body: {
        ukprn: SOUTHFIELD.ukprn,
        displayName: SOUTHFIELD.providerName,
        clientId: SOUTHFIELD.clientId,
        clientSecret: 'not-the-secret-dfe-issued',
      },
    });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      errorCode: 'PROVIDER_CREDENTIALS_REJECTED',
      developerMessage: expect.stringContaining('invalid_client'),
    });
    expect(response.text).not.toContain('not-the-secret-dfe-issued');
    expect(await storedRow(SOUTHFIELD.ukprn)).toBeUndefined();
  });

  it('adds a provider while Entra is down, flagged UNVERIFIED; "test connection" later records the real answer', async () => {
    await world.stubs.setFault({ prefix: '/entra', status: 503 });
    const created = await world.api.post('/admin/providers', {
      headers: admin,
      body: {
        ukprn: '10008888',
        displayName: 'Flagged College',
        clientId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
        clientSecret: 'unknown-to-dfe',
      },
    });
    await world.stubs.resetFaults();
    expect(created.status).toBe(201);
    expect(created.body.connection).toMatchObject({
      status: 'UNVERIFIED',
      detail: expect.stringContaining('503'),
    });
    const tested = await world.api.post('/admin/providers/10008888/connection-test', { headers: admin });
    expect(tested.status).toBe(200);
    expect(tested.body).toMatchObject({
      status: 'REJECTED',
      detail: expect.stringContaining('unauthorized_client'),
    });
    expect(
      (await world.api.get('/admin/providers/10008888', { headers: admin })).body.connection.status,
    ).toBe('REJECTED');
    expect((await world.api.delete('/admin/providers/10008888', { headers: admin })).status).toBe(204);
  });

  it('tests a changed secret before storing it: a wrong one is refused (422) and the old one keeps working', async () => {
    expect(
      (await world.api.get(`/api/providers/${RIVERSIDE.ukprn}/learners/${SAM.uln}`, { headers: mis })).status,
    ).toBe(200);
    const before = (await storedRow(RIVERSIDE.ukprn)).secret_ciphertext;

    const wrong = await world.api.patch(`/admin/providers/${RIVERSIDE.ukprn}`, {
      headers: admin,
      body: { clientSecret: 'revoked-secret' },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errorCode).toBe('PROVIDER_CREDENTIALS_REJECTED');
    expect((await storedRow(RIVERSIDE.ukprn)).secret_ciphertext).toBe(before);
    expect(
      (await world.api.get(`/api/providers/${RIVERSIDE.ukprn}/learners/${SAM.uln}`, { headers: mis })).status,
    ).toBe(200);

    const renewed = await world.api.patch(`/admin/providers/${RIVERSIDE.ukprn}`, {
      headers: admin,
      body: { clientSecret: RIVERSIDE.clientSecret },
    });
    expect(renewed.status).toBe(200);
    expect(renewed.body.connection.status).toBe('OK');
    expect((await storedRow(RIVERSIDE.ukprn)).secret_ciphertext).not.toBe(before);
    expect(
      (await world.api.get(`/api/providers/${RIVERSIDE.ukprn}/learners/${SAM.uln}`, { headers: mis })).status,
    ).toBe(200);
  });

  it('uses a secret changed by another replica on the next call, not the one it opened before', async () => {
    const call = () =>
      world.api.get(`/api/providers/${RIVERSIDE.ukprn}/learners/${SAM.uln}`, { headers: mis });
    expect((await call()).status).toBe(200);
    const original = await storedRow(RIVERSIDE.ukprn);
    // What another replica's PATCH stores: the same provider sealed with a secret Entra does not accept.
    const sealed = world.vera.app.get(SecretCipher).seal('changed-elsewhere', RIVERSIDE.ukprn);
    const setSecret = (keyId: string, payload: string) =>
      world.vera.app
        .get(DataSource)
        .query('UPDATE vera_providers SET secret_key_id = $1, secret_ciphertext = $2 WHERE ukprn = $3', [
          keyId,
          payload,
          RIVERSIDE.ukprn,
        ]);
    await setSecret(sealed.keyId, sealed.payload);
    try {
      const refused = await call();
      expect(refused.status).toBe(502);
      expect(refused.body.errorCode).toBe('PROVIDER_CREDENTIALS_REJECTED');
    } finally {
      await setSecret(original.secret_key_id, original.secret_ciphertext);
    }
    expect((await call()).status).toBe(200);
  });

  it('updates other fields, refusing a client id that another provider holds', async () => {
    const renamed = await world.api.patch(`/admin/providers/${NORTHGATE.ukprn}`, {
      headers: admin,
      body: { displayName: '  Northgate College ', tenantId: clients.tenantId },
    });
    expect(renamed.body).toMatchObject({ displayName: 'Northgate College', tenantId: clients.tenantId });
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

  it.each([
    { displayName: null },
    { displayName: '  ' },
    { clientId: null },
    { clientId: 'riverside' },
    { clientSecret: null },
    { clientSecret: '' },
    { tenantId: 'bad tenant' },
  ])('refuses to blank a required field with 400 and leaves the provider unchanged: %p', async (body) => {
    const response = await world.api.patch(`/admin/providers/${RIVERSIDE.ukprn}`, { headers: admin, body });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ status: 400, errorCode: 'VALIDATION_FAILED' });
    const stored = await world.api.get(`/admin/providers/${RIVERSIDE.ukprn}`, { headers: admin });
    expect(stored.body).toMatchObject({
      displayName: RIVERSIDE.providerName,
      clientId: RIVERSIDE.clientId,
    });
    expect(
      (await world.api.get(`/api/providers/${RIVERSIDE.ukprn}/learners/${SAM.uln}`, { headers: mis })).status,
    ).toBe(200);
  });

  it('removes a provider; its MIS calls then answer 404 PROVIDER_NOT_FOUND', async () => {
    await world.api.post('/admin/providers', {
      headers: admin,
      body: {
        ukprn: SOUTHFIELD.ukprn,
        displayName: SOUTHFIELD.providerName,
        clientId: SOUTHFIELD.clientId,
        clientSecret: SOUTHFIELD.clientSecret,
      },
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
