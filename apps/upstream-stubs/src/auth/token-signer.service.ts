import { Injectable } from '@nestjs/common';
import { createHash, generateKeyPairSync, KeyObject, sign, verify } from 'node:crypto';
import { StubTokenClaims } from './stub-token-claims';

export interface PublicJwk {
  kty: string;
  n: string;
  e: string;
  kid: string;
  alg: 'RS256';
  use: 'sig';
}

/** Why a bearer token was refused; also the `error_description` the stubs send back. */
export class InvalidStubTokenError extends Error {}

const ALGORITHM = 'RS256';

function base64UrlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function parseBase64UrlJson(segment: string): unknown {
  try {
    return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidStubTokenError('token is not a JWT');
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The stub HMPPS Auth signing key. A fresh RSA key pair is generated at start and only ever held in memory,
 * so no private key exists on disk and every run has its own key: tokens from an earlier run fail, as they
 * would after a real key rotation.
 */
@Injectable()
export class TokenSigner {
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  readonly jwk: PublicJwk;

  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = privateKey;
    this.publicKey = publicKey;
    const { n, e, kty } = publicKey.export({ format: 'jwk' });
    if (!n || !e || !kty) {
      throw new Error('RSA public key export lacks n/e');
    }
    // RFC 7638 thumbprint: a kid derived from the key itself, so it changes exactly when the key does.
    const kid = createHash('sha256').update(JSON.stringify({ e, kty, n })).digest('base64url');
    this.jwk = { kty, n, e, kid, alg: ALGORITHM, use: 'sig' };
  }

  sign(claims: object): string {
    const header = base64UrlJson({ alg: ALGORITHM, typ: 'JWT', kid: this.jwk.kid });
    const signingInput = `${header}.${base64UrlJson(claims)}`;
    const signature = sign('sha256', Buffer.from(signingInput), this.privateKey).toString('base64url');
    return `${signingInput}.${signature}`;
  }

  /**
   * Checks signature, algorithm, key id and the time claims (with the clock skew Spring resource servers
   * allow), and returns the claims. Throws `InvalidStubTokenError` naming the first problem found.
   */
  verify(token: string, nowSeconds: number, clockSkewSeconds: number): StubTokenClaims {
    const segments = token.split('.');
    if (segments.length !== 3) {
      throw new InvalidStubTokenError('token is not a JWT');
    }
    const [headerSegment, payloadSegment, signatureSegment] = segments;
    const header = parseBase64UrlJson(headerSegment);
    if (!isRecord(header) || header.alg !== ALGORITHM) {
      throw new InvalidStubTokenError('token algorithm is not RS256');
    }
    if (header.kid !== this.jwk.kid) {
      throw new InvalidStubTokenError('token was not signed by this HMPPS Auth');
    }
    const signatureValid = verify(
      'sha256',
      Buffer.from(`${headerSegment}.${payloadSegment}`),
      this.publicKey,
      Buffer.from(signatureSegment, 'base64url'),
    );
    if (!signatureValid) {
      throw new InvalidStubTokenError('token signature is invalid');
    }
    const claims = parseBase64UrlJson(payloadSegment);
    if (!isRecord(claims) || typeof claims.exp !== 'number') {
      throw new InvalidStubTokenError('token has no expiry');
    }
    if (claims.exp + clockSkewSeconds <= nowSeconds) {
      throw new InvalidStubTokenError('token has expired');
    }
    if (typeof claims.nbf === 'number' && claims.nbf - clockSkewSeconds > nowSeconds) {
      throw new InvalidStubTokenError('token is not valid yet');
    }
    return claims as unknown as StubTokenClaims;
  }
}
