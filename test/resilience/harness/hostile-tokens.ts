import {
  createHmac,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  JsonWebKey,
  KeyObject,
  sign,
} from 'node:crypto';
import { http, RunningStubs } from '@libs/testing';
import type { HostileCredential } from '../targets/app-target';
import { registerSecret } from './run-dir';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const decode = (segment: string) =>
  JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as Record<string, unknown>;

function signRs256(header: object, claims: object, key: KeyObject): string {
  const input = `${encode(header)}.${encode(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

let foreignKey: KeyObject | undefined;
/** An RSA key HMPPS Auth never published: its signatures must never verify. */
export function foreignPrivateKey(): KeyObject {
  foreignKey ??= createPrivateKey(
    generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
  );
  return foreignKey;
}

/** The kid and public key the stub HMPPS Auth publishes. */
export async function publishedKey(stubs: RunningStubs): Promise<{ kid: string; pem: string }> {
  const jwks = await http(stubs.url).get('/auth/.well-known/jwks.json');
  const jwk = (jwks.body as { keys: Array<JsonWebKey & { kid: string }> }).keys[0];
  return {
    kid: jwk.kid,
    pem: createPublicKey({ key: jwk, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/**
 * Bearer tokens an attacker or a broken client would send, each with the status the app must answer:
 * 401 for every token that is not a valid RS256 token from HMPPS Auth, 403 for a valid token without
 * the roles. `roles` are the roles that would allow the call.
 */
export function hostileBearerCredentials(
  stubs: RunningStubs,
  roles: string[],
  otherHeaders: Array<[string, string]> = [],
): Promise<HostileCredential[]> {
  // Many routes share a role set: mint and sign their tokens once.
  const key = JSON.stringify([stubs.url, roles, otherHeaders]);
  let credentials = minted.get(key);
  if (!credentials) {
    credentials = mintHostileCredentials(stubs, roles, otherHeaders);
    minted.set(key, credentials);
  }
  return credentials;
}

const minted = new Map<string, Promise<HostileCredential[]>>();

async function mintHostileCredentials(
  stubs: RunningStubs,
  roles: string[],
  otherHeaders: Array<[string, string]>,
): Promise<HostileCredential[]> {
  const { kid, pem } = await publishedKey(stubs);
  const valid = await stubs.token({ roles });
  const [validHeader, validClaims] = valid.split('.');
  const header = decode(validHeader);
  const claims = decode(validClaims);
  const now = Math.floor(Date.now() / 1000);
  const hs256Input = `${encode({ ...header, alg: 'HS256' })}.${validClaims}`;
  const tokens: Array<{ label: string; token: string | undefined; expectedStatus: number }> = [
    { label: 'no Authorization header', token: undefined, expectedStatus: 401 },
    {
      label: 'alg none',
      token: `${encode({ alg: 'none', typ: 'JWT', kid })}.${validClaims}.`,
      expectedStatus: 401,
    },
    {
      label: 'HS256 signed with the public key',
      token: `${hs256Input}.${createHmac('sha256', pem).update(hs256Input).digest('base64url')}`,
      expectedStatus: 401,
    },
    { label: 'expired', token: await stubs.token({ roles, expiresInSeconds: -3600 }), expectedStatus: 401 },
    {
      label: 'not yet valid',
      token: await stubs.token({ roles, notBeforeOffsetSeconds: 3600 }),
      expectedStatus: 401,
    },
    {
      label: 'signed by another key with the published kid',
      token: signRs256(header, { ...claims, iat: now }, foreignPrivateKey()),
      expectedStatus: 401,
    },
    {
      label: 'unknown kid',
      token: signRs256({ ...header, kid: 'not-a-published-kid' }, claims, foreignPrivateKey()),
      expectedStatus: 401,
    },
    {
      label: 'tampered payload',
      token: `${validHeader}.${encode({ ...claims, authorities: [...roles, 'ROLE_ADMIN'], sub: 'someone-else' })}.${valid.split('.')[2]}`,
      expectedStatus: 401,
    },
    { label: 'not a JWT', token: 'not.a.jwt', expectedStatus: 401 },
    { label: 'no roles', token: await stubs.token({ roles: [] }), expectedStatus: 403 },
    {
      label: 'wrong roles',
      token: await stubs.token({ roles: ['ROLE_SOMETHING_ELSE'] }),
      expectedStatus: 403,
    },
  ];
  return tokens.map(({ label, token, expectedStatus }) => {
    registerSecret(token);
    return {
      label,
      expectedStatus,
      headers: token === undefined ? otherHeaders : [['authorization', `Bearer ${token}`], ...otherHeaders],
    };
  });
}

/** A valid token with these roles, registered as a secret of the run. */
export async function bearerHeader(stubs: RunningStubs, roles: string[]): Promise<[string, string]> {
  const token = await stubs.token({ roles });
  registerSecret(token);
  return ['authorization', `Bearer ${token}`];
}
