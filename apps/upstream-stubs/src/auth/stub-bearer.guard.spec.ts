import { Controller, Get, UseGuards } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { http, HttpClient } from '@libs/testing';
import { generateKeyPairSync, sign } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { HmppsAuthStubModule } from './auth.module';
import { StubBearerGuard, TokenClaims } from './stub-bearer.guard';
import { StubTokenClaims } from './stub-token-claims';
import { CustomTokenRequest, TokenIssuer } from './token-issuer.service';
import { TokenSigner } from './token-signer.service';

@Controller('protected')
@UseGuards(StubBearerGuard)
class ProtectedController {
  @Get()
  whoAmI(@TokenClaims() claims: StubTokenClaims) {
    return { clientId: claims.client_id, authorities: claims.authorities };
  }
}

const segment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('StubBearerGuard', () => {
  let app: NestFastifyApplication;
  let client: HttpClient;
  let mint: (request?: CustomTokenRequest) => string;
  let kid: string;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [HmppsAuthStubModule],
      controllers: [ProtectedController],
    }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    client = http(`http://127.0.0.1:${port}`);
    const issuer = app.get(TokenIssuer);
    mint = (request = {}) => issuer.custom(request, 'http://stubs/auth/issuer').accessToken;
    kid = app.get(TokenSigner).jwk.kid;
  });

  afterAll(async () => {
    await app?.close();
  });

  const call = (authorization?: string) =>
    client.get('/protected', { headers: authorization ? { authorization } : {} });

  it('lets a valid token through and hands its claims to the handler', async () => {
    const response = await call(`Bearer ${mint({ roles: ['ROLE_A'], clientId: 'caller' })}`);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ clientId: 'caller', authorities: ['ROLE_A'] });
  });

  it('answers 401 with a bare Bearer challenge when no token is sent', async () => {
    const response = await call();

    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer');
  });

  it.each([
    ['an expired token', () => `Bearer ${mint({ expiresInSeconds: -120 })}`, 'token has expired'],
    [
      'a token not valid yet',
      () => `Bearer ${mint({ notBeforeOffsetSeconds: 300 })}`,
      'token is not valid yet',
    ],
    [
      'a tampered payload',
      () => {
        const [header, , signature] = mint().split('.');
        return `Bearer ${header}.${segment({ sub: 'x', authorities: ['ROLE_ADMIN'], exp: 9999999999 })}.${signature}`;
      },
      'token signature is invalid',
    ],
    [
      'a token signed by another key with the same kid',
      () => {
        const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
        const input = `${segment({ alg: 'RS256', typ: 'JWT', kid })}.${segment({ sub: 'x', exp: 9999999999 })}`;
        return `Bearer ${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
      },
      'token signature is invalid',
    ],
    [
      'an unsigned token',
      () => `Bearer ${segment({ alg: 'none', typ: 'JWT' })}.${segment({ sub: 'x', exp: 9999999999 })}.`,
      'token algorithm is not RS256',
    ],
    [
      'a token from another issuer key',
      () => `Bearer ${segment({ alg: 'RS256', kid: 'other' })}.${segment({ exp: 9999999999 })}.c2ln`,
      'token was not signed by this HMPPS Auth',
    ],
    ['something that is not a JWT', () => 'Bearer not-a-jwt', 'token is not a JWT'],
    ['a JWT with a garbage header', () => 'Bearer %%%.e30.c2ln', 'token is not a JWT'],
  ])('answers 401 invalid_token for %s', async (_case, authorization, description) => {
    const response = await call(authorization());

    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe(
      `Bearer error="invalid_token", error_description="${description}"`,
    );
  });

  it('answers 401 for Basic credentials', async () => {
    const response = await call(`Basic ${Buffer.from('a:b').toString('base64')}`);

    expect(response.status).toBe(401);
  });

  it('accepts a token within the 60 s clock skew, as Spring resource servers do', async () => {
    const response = await call(`Bearer ${mint({ expiresInSeconds: -30 })}`);

    expect(response.status).toBe(200);
  });
});
