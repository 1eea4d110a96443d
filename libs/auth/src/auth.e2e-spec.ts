import { Controller, Get, Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { classifyError, EnvelopeExceptionFilter } from '@libs/errors';
import { createApp, PlatformModule, Public } from '@libs/platform';
import { createHmac, generateKeyPairSync, KeyObject, sign } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
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
}

@Module({
  imports: [
    PlatformModule.forRoot({ name: 'auth-test', required: ['HMPPS_AUTH_URL'] }),
    AuthModule.forRoot(),
  ],
  controllers: [ProtectedController],
})
class AuthTestModule {}

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
  let app: NestFastifyApplication;
  let url: string;

  const now = () => Math.floor(Date.now() / 1000);
  const rs256 = (claims: object, key: KeyObject = privateKey, keyId = kid) =>
    jwt({ alg: 'RS256', typ: 'JWT', kid: keyId }, claims, (input) => sign('sha256', Buffer.from(input), key));
  const claims = (extra: object = {}) => ({
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
    const jwk = { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
    jwksServer = createServer((_req, res) => {
      jwksRequests++;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    process.env.HMPPS_AUTH_URL = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/auth`;
    app = await createApp(AuthTestModule, {
      name: 'auth-test',
      defaultPort: 0,
      title: 'auth test',
      configure: (nest) => {
        nest.useGlobalFilters(
          new EnvelopeExceptionFilter((error) => {
            const kind = classifyError(error);
            const status = kind.kind === 'http' ? kind.status : 500;
            return { status, body: { status, message: kind.kind === 'http' ? kind.message : 'unexpected' } };
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
});
