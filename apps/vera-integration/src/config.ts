import { parseKeyring } from './crypto/keyring';

/** Variables with no safe default: start-up stops and names every one that is missing. */
export const REQUIRED_ENV = [
  'HMPPS_AUTH_URL',
  'VERA_API_BASE_URL',
  'DFE_SECURITY_TENANT_ID',
  'DFE_SECURITY_RESOURCE',
  'VERA_SECRET_KEYS',
  'VERA_SESSION_SECRET',
];

/** The reference's single credential set (`DfESecuritySettings`), used when no registry entry is wanted. */
export interface SingleProviderConfig {
  ukprn: string;
  clientId: string;
  clientSecret: string;
  displayName: string;
}

export interface VeraConfig {
  /** VERA base URL, always ending in `/` so relative paths append rather than replace the last segment. */
  apiBaseUrl: string;
  /** Entra authority; the v1 token URL is `{authority}/{tenantId}/oauth2/token`. */
  entraAuthorityUrl: string;
  /** DfE's tenant and the VERA App ID URI: defaults for every provider without its own. */
  defaultTenantId: string;
  defaultResource: string;
  singleProvider?: SingleProviderConfig;
  timeoutMs: number;
  keyring: ReturnType<typeof parseKeyring>;
  /** Page-session cookie secrets: the first signs, every one is accepted (two-phase rotation). */
  sessionSecrets: string[];
  sessionMinutes: number;
  secureCookies: boolean;
  /**
   * Base of the sign-in links handed to an MIS. Required in production; in local runs the address the app
   * listens on is used. Never taken from a request's Host or X-Forwarded-Host.
   */
  publicUrl?: string;
  /** How long DfE keeps a request sent to a learner's phone open (VERA does not say; DfE documents 5 minutes). */
  mobileRequestTtlSeconds: number;
}

const UKPRN = /^\d{8}$/;

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}

function readSingleProvider(env: NodeJS.ProcessEnv): SingleProviderConfig | undefined {
  const clientId = env.DFE_SECURITY_CLIENT_ID;
  if (!clientId) return undefined;
  const missing = ['DFE_SECURITY_SECRET', 'DFE_SECURITY_UKPRN'].filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new Error(
      `DFE_SECURITY_CLIENT_ID is set (single-provider mode) but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not`,
    );
  }
  const ukprn = env.DFE_SECURITY_UKPRN as string;
  if (!UKPRN.test(ukprn)) throw new Error('DFE_SECURITY_UKPRN must be 8 digits');
  return {
    ukprn,
    clientId,
    clientSecret: env.DFE_SECURITY_SECRET as string,
    displayName: env.DFE_SECURITY_PROVIDER_NAME || `Provider ${ukprn}`,
  };
}

const MIN_SESSION_SECRET = 32;

/** `VERA_SESSION_SECRET`: one or more comma-separated secrets, each at least 32 characters. */
function readSessionSecrets(value: string | undefined): string[] {
  const secrets = (value ?? '')
    .split(',')
    .map((secret) => secret.trim())
    .filter(Boolean);
  if (secrets.length === 0 || secrets.some((secret) => secret.length < MIN_SESSION_SECRET)) {
    throw new Error(
      `VERA_SESSION_SECRET must be one or more comma-separated secrets of at least ${MIN_SESSION_SECRET} characters each`,
    );
  }
  if (new Set(secrets).size !== secrets.length) throw new Error('VERA_SESSION_SECRET names a secret twice');
  return secrets;
}

/** An absolute http(s) origin (optionally with a path), without query or fragment; https in production. */
function readPublicUrl(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.VERA_PUBLIC_URL;
  const production = env.NODE_ENV === 'production';
  if (!raw) {
    if (production) {
      throw new Error(
        'VERA_PUBLIC_URL is required in production: sign-in links are never built from the Host header',
      );
    }
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error('VERA_PUBLIC_URL must be an absolute URL such as https://vera.example.org');
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.search || url.hash || url.username) {
    throw new Error('VERA_PUBLIC_URL must be an http(s) URL without credentials, query or fragment');
  }
  // A container run on a developer's machine (docker compose) is production-built but served on loopback.
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (production && url.protocol !== 'https:' && !loopback) {
    throw new Error('VERA_PUBLIC_URL must use https in production');
  }
  return url.href.replace(/\/+$/, '');
}

/** Reads and checks the configuration once; REQUIRED_ENV presence is checked by the platform first. */
export function readVeraConfig(env: NodeJS.ProcessEnv = process.env): VeraConfig {
  return {
    apiBaseUrl: withTrailingSlash(env.VERA_API_BASE_URL ?? ''),
    entraAuthorityUrl: (env.ENTRA_AUTHORITY_URL || 'https://login.microsoftonline.com').replace(/\/+$/, ''),
    defaultTenantId: env.DFE_SECURITY_TENANT_ID ?? '',
    defaultResource: env.DFE_SECURITY_RESOURCE ?? '',
    singleProvider: readSingleProvider(env),
    timeoutMs: positiveInt(env, 'VERA_TIMEOUT_MS', 10_000),
    keyring: parseKeyring(env.VERA_SECRET_KEYS ?? ''),
    sessionSecrets: readSessionSecrets(env.VERA_SESSION_SECRET),
    sessionMinutes: positiveInt(env, 'VERA_PAGE_SESSION_MINUTES', 480),
    secureCookies: env.VERA_SECURE_COOKIES !== 'false',
    publicUrl: readPublicUrl(env),
    mobileRequestTtlSeconds: positiveInt(env, 'VERA_MOBILE_REQUEST_TTL_SECONDS', 300),
  };
}

export const VERA_CONFIG = Symbol('VERA_CONFIG');
