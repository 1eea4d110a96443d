import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { classifyError, EnvelopeExceptionFilter } from '@libs/errors';
import { createApp, PlatformModule, Public } from '@libs/platform';
import { createHmac, generateKeyPairSync, KeyObject, sign } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { UnauthenticatedError } from './auth-errors';
import { AuthModule } from './auth.module';
import { AuthenticatedUser } from './authenticated-user';
import { CurrentUser, RequiredHeader } from './decorators';
import { Roles } from './roles';

@Controller('test')
class ProtectedController {
  @Get('open')
  @Public()
  open() {
    return { open: true };
  }

  @Get('any-token')
  anyToken(@CurrentUser() user: AuthenticatedUser) {
    return { authorities: user.authorities, clientId: user.clientId };
  }

  @Get('role-a')
  @Roles('ROLE_A')
  roleA(@RequiredHeader('X-Username') username: string) {
    return { username };
  }

  @Post('echo')
  @Roles('ROLE_A')
  echo(@Body() body: unknown) {
    return { body };
  }
}

@Module({
  imports: [
    PlatformModule.forRoot({ name: 'auth-test', required: ['HMPPS_AUTH_URL'] }),
    AuthModule.forRoot(),
  ],
  controllers: [ProtectedController],
})
class AuthTestModule {}

const AUDIENCE = 'test-audience';
const CONFIGURED_ISSUER = 'https://sign-in.example/auth/issuer';

@Module({
  imports: [
    PlatformModule.forRoot({ name: 'auth-audience-test', required: ['HMPPS_AUTH_URL'] }),
    AuthModule.forRoot({ audience: AUDIENCE, issuer: CONFIGURED_ISSUER }),
  ],
  controllers: [ProtectedController],
})
class AudienceTestModule {}

const jwkOf = (key: KeyObject, kid: string) => ({
  ...key.export({ format: 'jwk' }),
  kid,
  alg: 'RS256',
  use: 'sig',
});

const base64url = (value: Buffer | string) => Buffer.from(value).toString('base64url');

function jwt(header: object, claims: object, signer: (input: string) => Buffer | string): string {
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  const signature = signer(input);
  return `${input}.${typeof signature === 'string' ? signature : base64url(signature)}`;
}

describe('HMPPS Auth JWTs and roles', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const kid = 'test-key';
  let jwksServer: Server;
  let jwksRequests = 0;
  let issuer: string;
  /** The keys the JWKS publishes; a test may rotate them. */
  let published: object[];
  let app: NestFastifyApplication;
  let url: string;

  const now = () => Math.floor(Date.now() / 1000);
  const rs256 = (claims: object, key: KeyObject = privateKey, keyId = kid) =>
    jwt({ alg: 'RS256', typ: 'JWT', kid: keyId }, claims, (input) => sign('sha256', Buffer.from(input), key));
  const claims = (extra: object = {}) => ({
    iss: issuer,
    client_id: 'test-client',
    authorities: ['ROLE_A'],
    scope: ['read'],
    iat: now(),
    exp: now() + 600,
    ...extra,
  });
  const get = (path: string, token?: string, headers: Record<string, string> = {}) =>
    fetch(url + path, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });

  beforeAll(async () => {
    published = [jwkOf(publicKey, kid)];
    jwksServer = createServer((_req, res) => {
      jwksRequests++;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: published }));
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    process.env.HMPPS_AUTH_URL = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/auth`;
    issuer = `${process.env.HMPPS_AUTH_URL}/issuer`;
    app = await createApp(AuthTestModule, {
      name: 'auth-test',
      defaultPort: 0,
      title: 'auth test',
      configure: (nest) => {
        nest.useGlobalFilters(
          new EnvelopeExceptionFilter((error) => {
            const kind = classifyError(error);
            const byKind: Record<string, number> = { 'malformed-body': 400, 'unsupported-media-type': 415 };
            const status = kind.kind === 'http' ? kind.status : (byKind[kind.kind] ?? 500);
            const reason = error instanceof UnauthenticatedError ? { reason: error.reason } : {};
            return {
              status,
              body: { status, message: kind.kind === 'http' ? kind.message : 'unexpected', ...reason },
            };
          }),
        );
      },
    });
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(async () => {
    await app?.close();
    jwksServer?.close();
  });
  describe('a body is looked at only once the caller is authenticated and authorised', () => {
    const post = (body: string, contentType: string, token?: string) =>
      fetch(`${url}/test/echo`, {
        method: 'POST',
        body,
        headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      });
    const bodies: Array<[string, string, number]> = [
      ['{"unclosed":', 'application/json', 400],
      [`{"a":${'['.repeat(100)}${']'.repeat(100)}}`, 'application/json', 400],
      ['plain words', 'text/plain', 415],
      ['<a/>', 'application/xml', 415],
    ];

    it.each(bodies)(
      '%s (%s): 401 without a token, 403 without the role, then %i',
      async (body, type, status) => {
        expect((await post(body, type)).status).toBe(401);
        expect((await post(body, type, rs256(claims({ authorities: ['ROLE_B'] })))).status).toBe(403);
        expect((await post(body, type, rs256(claims()))).status).toBe(status);
      },
    );

    it('still reads a good body for an authorised caller', async () => {
      const response = await post('{"a":1}', 'application/json', rs256(claims()));
      expect(response.status).toBe(201);
      expect(await response.json()).toEqual({ body: { a: 1 } });
    });
  });

  it('accepts a valid RS256 token and exposes its authorities and client id', async () => {
    const response = await get('/test/any-token', rs256(claims()));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ authorities: ['ROLE_A', 'SCOPE_read'], clientId: 'test-client' });
  });

  it('enforces roles: 200 with the role, 403 without it, 401 without a token', async () => {
    expect((await get('/test/role-a', rs256(claims()), { 'x-username': 'jo' })).status).toBe(200);
    const forbidden = await get('/test/role-a', rs256(claims({ authorities: ['ROLE_B'] })), {
      'x-username': 'jo',
    });
    expect(forbidden.status).toBe(403);
    expect((await get('/test/role-a')).status).toBe(401);
    expect((await get('/test/open')).status).toBe(200);
  });

  it('requires the X-Username header but accepts an empty value', async () => {
    const missing = await get('/test/role-a', rs256(claims()));
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ status: 400, message: 'Missing X-Username header' });
    const empty = await get('/test/role-a', rs256(claims()), { 'x-username': '' });
    expect(await empty.json()).toEqual({ username: '' });
  });

  it.each([
    ['alg none', () => jwt({ alg: 'none', typ: 'JWT', kid }, claims(), () => '')],
    [
      'HS256 signed with the public key',
      () =>
        jwt({ alg: 'HS256', typ: 'JWT', kid }, claims(), (input) =>
          createHmac('sha256', publicKey.export({ format: 'pem', type: 'spki' }))
            .update(input)
            .digest(),
        ),
    ],
    ['expired beyond the skew', () => rs256(claims({ exp: now() - 120 }))],
    ['not yet valid beyond the skew', () => rs256(claims({ nbf: now() + 300 }))],
    ['signed by another key under a known kid', () => rs256(claims(), otherKey)],
    ['unknown kid', () => rs256(claims(), otherKey, 'unknown-kid')],
    [
      'tampered payload',
      () => {
        const [header, , signature] = rs256(claims({ authorities: ['ROLE_B'] })).split('.');
        return `${header}.${base64url(JSON.stringify(claims({ authorities: ['ROLE_A', 'ROLE_ADMIN'] })))}.${signature}`;
      },
    ],
    ['garbage', () => 'not-a-jwt'],
  ])('refuses a token that is %s with 401', async (_name, token) => {
    const response = await get('/test/any-token', token());
    expect(response.status).toBe(401);
  });

  it('refuses a token it accepted before once the token has expired beyond the skew', async () => {
    const token = rs256(claims({ exp: now() + 5 }));
    expect((await get('/test/any-token', token)).status).toBe(200);
    const realNow = Date.now;
    const later = realNow() + 66_000;
    jest.spyOn(Date, 'now').mockImplementation(() => later);
    try {
      expect((await get('/test/any-token', token)).status).toBe(401);
    } finally {
      jest.restoreAllMocks();
    }
  });

  it('checks the signature of a token that only shares its header and claims with one accepted before', async () => {
    const accepted = rs256(claims({ jti: 'shared-claims' }));
    expect((await get('/test/any-token', accepted)).status).toBe(200);
    const forged = rs256(claims({ jti: 'shared-claims' }), otherKey);
    expect(forged.split('.').slice(0, 2)).toEqual(accepted.split('.').slice(0, 2));
    expect((await get('/test/any-token', forged)).status).toBe(401);
  });

  it('caches the JWKS instead of fetching it per request', async () => {
    const before = jwksRequests;
    for (let i = 0; i < 5; i++) await get('/test/any-token', rs256(claims()));
    expect(jwksRequests - before).toBe(0);
  });

  it.each([
    ['no iss', () => rs256({ ...claims(), iss: undefined })],
    ['another issuer', () => rs256(claims({ iss: 'https://evil.example/auth/issuer' }))],
  ])('refuses a token with %s (issuer checked)', async (_name, token) => {
    const response = await get('/test/any-token', token());
    expect(response.status).toBe(401);
    expect(((await response.json()) as { reason: string }).reason).toBe('jwt issuer invalid');
  });

  it.each([
    ['a line feed', 'bad\r\nSet-Cookie: x=1'],
    ['quotes and backslashes', 'a"b\\c'],
    ['control characters', '\u0000\u0007\u007f'],
    ['non-Latin text', 'ключ-🔑'],
    ['10,000 characters', 'k'.repeat(10_000)],
  ])('refuses a kid holding %s with 401, and the reason never repeats it', async (_name, badKid) => {
    const response = await get('/test/any-token', rs256(claims(), otherKey, badKid));
    expect(response.status).toBe(401);
    const { reason } = (await response.json()) as { reason: string };
    expect(reason).toBe('unknown signing key');
    expect([...response.headers.values()].join('\n')).not.toContain(badKid.slice(0, 8));
  });

  it.each([
    ['alg none', () => jwt({ alg: 'none', typ: 'JWT', kid }, claims(), () => ''), 'invalid algorithm'],
    ['not a JWT', () => 'not-a-jwt', 'jwt malformed'],
    ['a header that is not JSON', () => `${base64url('{"alg":')}.${base64url('{}')}.sig`, 'jwt malformed'],
    ['expired', () => rs256(claims({ exp: now() - 120 })), 'jwt expired'],
  ])('gives %s a reason in its own words', async (_name, token, reason) => {
    expect(((await (await get('/test/any-token', token())).json()) as { reason: string }).reason).toBe(
      reason,
    );
  });

  describe('JWKS fetches (finding 2: unknown kids must not lock valid callers out)', () => {
    afterEach(() => jest.restoreAllMocks());
    const at = (offsetMs: number) => {
      const moment = Date.now() + offsetMs;
      jest.spyOn(Date, 'now').mockImplementation(() => moment);
    };

    it('fetches the key set at most once per interval however many made-up kids arrive, side by side or not', async () => {
      at(31_000);
      const before = jwksRequests;
      const sideBySide = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          get('/test/any-token', rs256(claims(), otherKey, `made-up-${i}`)),
        ),
      );
      expect(sideBySide.map((response) => response.status)).toEqual(Array(20).fill(401));
      for (let i = 0; i < 20; i++) {
        expect((await get('/test/any-token', rs256(claims(), otherKey, `one-by-one-${i}`))).status).toBe(401);
      }
      expect(jwksRequests - before).toBe(1);
    });

    it('accepts a token signed with a freshly rotated key once the interval has passed, even under a flood of made-up kids', async () => {
      const rotated = generateKeyPairSync('rsa', { modulusLength: 2048 });
      at(62_000);
      for (let i = 0; i < 30; i++) await get('/test/any-token', rs256(claims(), otherKey, `flood-${i}`));
      published = [...published, jwkOf(rotated.publicKey, 'rotated-key')];
      const token = () => rs256(claims(), rotated.privateKey, 'rotated-key');
      // Within the interval the new key is not known yet: refused, without another fetch.
      const before = jwksRequests;
      expect((await get('/test/any-token', token())).status).toBe(401);
      expect(jwksRequests).toBe(before);
      jest.restoreAllMocks();
      at(93_000);
      for (let i = 0; i < 30; i++)
        await get('/test/any-token', rs256(claims(), otherKey, `flood-again-${i}`));
      expect((await get('/test/any-token', token())).status).toBe(200);
      expect(jwksRequests - before).toBe(1);
      // The key that was there before rotation still works.
      expect((await get('/test/any-token', rs256(claims()))).status).toBe(200);
    });
  });

  describe('with an audience and an issuer configured', () => {
    let audienceApp: NestFastifyApplication;
    let audienceUrl: string;
    beforeAll(async () => {
      audienceApp = await createApp(AudienceTestModule, {
        name: 'auth-audience-test',
        defaultPort: 0,
        title: 't',
      });
      await audienceApp.listen(0, '127.0.0.1');
      audienceUrl = (await audienceApp.getUrl()).replace('[::1]', '127.0.0.1');
    });
    afterAll(() => audienceApp?.close());
    const call = (token: string) =>
      fetch(`${audienceUrl}/test/any-token`, { headers: { authorization: `Bearer ${token}` } });

    it('accepts only tokens for that audience from that issuer', async () => {
      expect((await call(rs256(claims({ iss: CONFIGURED_ISSUER, aud: AUDIENCE })))).status).toBe(200);
      expect((await call(rs256(claims({ iss: CONFIGURED_ISSUER, aud: [AUDIENCE, 'other'] })))).status).toBe(
        200,
      );
      expect((await call(rs256(claims({ iss: CONFIGURED_ISSUER, aud: 'another-service' })))).status).toBe(
        401,
      );
      expect((await call(rs256(claims({ iss: CONFIGURED_ISSUER })))).status).toBe(401);
      expect((await call(rs256(claims({ aud: AUDIENCE })))).status).toBe(401);
    });
  });
});
