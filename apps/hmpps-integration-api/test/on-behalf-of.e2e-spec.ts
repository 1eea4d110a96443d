import { http } from '@libs/testing';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { as, HmppsTestContext, startHmppsApi } from './hmpps-test-app';

/** The reference's on-behalf-of consumers (ADR 0019), with user names checked against Manage Users. */
const AUTHORISATION = `
authorisation:
  consumers:
    obo-unsigned:
      roles: [all-endpoints]
      obo-config:
        strategy: unsigned
    obo-unsigned-verified:
      roles: [all-endpoints]
      obo-config:
        strategy: unsigned
        verification-strategy: azuread
    obo-entra:
      roles: [all-endpoints]
      obo-config:
        strategy: entra
        verification-strategy: azuread
    obo-optional:
      roles: [all-endpoints]
      obo-config:
        strategy: unsigned
        required: false
    no-obo:
      roles: [all-endpoints]
`;

const segment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** An unsigned JWT naming the user, as the reference's `unsigned` strategy reads it. */
const unsignedToken = (uniqueName: string) =>
  `${segment({ alg: 'none' })}.${segment({ iss: 'testIss', unique_name: uniqueName })}.`;

const onBehalfOf = (consumer: string, token: string) => ({
  headers: { ...as(consumer).headers, 'x-on-behalf-of': token },
});

const unauthorised = (message: string, path: string) => ({
  timestamp: expect.any(String),
  status: 401,
  error: 'Unauthorized',
  message,
  path,
});

describe('on behalf of an end user (X-On-Behalf-Of)', () => {
  let directory: string;
  let context: HmppsTestContext;
  const path = '/v1/persons/G2996UX/name';

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'hmpps-obo-'));
    const config = join(directory, 'authorisation.yaml');
    writeFileSync(config, AUTHORISATION);
    context = await startHmppsApi({ AUTHORISATION_CONFIG: config });
  });

  afterAll(async () => {
    await context?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  /** The token requests HMPPS Auth received, with the user each was for. */
  const tokenRequestUsers = async () =>
    (await context.stubs.requests('/auth/oauth/token')).map((request) => request.query.username ?? null);

  it('asks HMPPS Auth for a token on behalf of the user, and caches it per user', async () => {
    await context.stubs.clearRequests();
    const first = await context.api.get(path, onBehalfOf('obo-unsigned', unsignedToken('testName')));
    expect(first.body).toEqual({ data: { firstName: 'Robert', lastName: 'Larsen' } });
    await context.api.get('/v1/persons/A1234AA/name', onBehalfOf('obo-unsigned', unsignedToken('testName')));
    await context.api.get(path, onBehalfOf('obo-unsigned', unsignedToken('another.user')));
    expect(await tokenRequestUsers()).toEqual(['testName', 'another.user']);
    const upstream = await context.stubs.requests('/prisoner-offender-search');
    expect(upstream.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps the client own token for a consumer without on-behalf-of, whatever header it sends', async () => {
    await context.api.get(path, as('no-obo'));
    await context.stubs.clearRequests();
    const response = await context.api.get(path, onBehalfOf('no-obo', unsignedToken('testName')));
    expect(response.status).toBe(200);
    expect(await tokenRequestUsers()).toEqual([]);
  });

  it('refuses a consumer that must act for a user when the header names nobody', async () => {
    await context.stubs.clearRequests();
    for (const options of [
      as('obo-unsigned'),
      onBehalfOf('obo-unsigned', 'not-a-token'),
      onBehalfOf('obo-unsigned', `${segment({ alg: 'none' })}.${segment({ name: 'no unique_name' })}.`),
    ]) {
      const response = await context.api.get(path, options);
      expect(response.status).toBe(401);
      expect(response.body).toEqual(unauthorised('On Behalf Of username unavailable for obo-unsigned', path));
    }
    expect(await context.stubs.requests('/prisoner-offender-search')).toEqual([]);
  });

  it('serves a consumer for which the user is optional without one', async () => {
    expect((await context.api.get(path, as('obo-optional'))).status).toBe(200);
  });

  it('accepts a user Manage Users knows as an enabled, unlocked user of the auth source', async () => {
    await context.stubs.clearRequests();
    const response = await context.api.get(
      path,
      onBehalfOf('obo-unsigned-verified', unsignedToken('testName')),
    );
    expect(response.status).toBe(200);
    const [search] = await context.stubs.requests('/manage-users/users/search');
    expect(search.query).toEqual({ username: 'testName', authSources: 'azuread' });
    expect(search.headers.authorization).toBe('Bearer ***');
  });

  it.each(['unknown.user', 'disabled.user', 'locked.user', 'delius.user'])(
    'refuses %s, whom Manage Users does not vouch for',
    async (username) => {
      await context.stubs.clearRequests();
      const response = await context.api.get(
        path,
        onBehalfOf('obo-unsigned-verified', unsignedToken(username)),
      );
      expect(response.status).toBe(401);
      expect(response.body).toEqual(unauthorised('Not authorized', path));
      expect(await context.stubs.requests('/prisoner-offender-search')).toEqual([]);
    },
  );

  it('answers a 5xx naming Manage Users when it fails, rather than letting the user through', async () => {
    await context.stubs.setFault({ prefix: '/manage-users', status: 500 });
    const response = await context.api.get(
      path,
      onBehalfOf('obo-unsigned-verified', unsignedToken('testName')),
    );
    expect(response.status).toBe(500);
    expect(response.body.userMessage).toContain('manage-users');
    await context.stubs.resetFaults();
  });

  describe('Entra ID tokens (preferred_username)', () => {
    const entraToken = async (body: Record<string, unknown>) => {
      const response = await http(context.stubs.url).post('/__admin/entra-id/token', { body });
      return response.body.access_token as string;
    };

    it('takes the user from a token signed by Entra ID', async () => {
      await context.stubs.clearRequests();
      const token = await entraToken({ preferredUsername: 'alice.officer@justice.gov.uk' });
      const response = await context.api.get(path, onBehalfOf('obo-entra', token));
      expect(response.status).toBe(200);
      expect(await tokenRequestUsers()).toEqual(['alice.officer@justice.gov.uk']);
    });

    it('refuses a token not signed by Entra ID, an expired one, one without preferred_username, or an unsigned one', async () => {
      const tokens = [
        await context.stubs.token({ username: 'alice.officer@justice.gov.uk' }),
        await entraToken({ preferredUsername: 'alice.officer@justice.gov.uk', expiresInSeconds: -300 }),
        await entraToken({}),
        unsignedToken('alice.officer@justice.gov.uk'),
      ];
      for (const token of tokens) {
        const response = await context.api.get(path, onBehalfOf('obo-entra', token));
        expect(response.status).toBe(401);
        expect(response.body).toEqual(unauthorised('On Behalf Of username unavailable for obo-entra', path));
      }
    });
  });
});
