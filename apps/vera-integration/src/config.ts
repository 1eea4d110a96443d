import {
  DatabaseEnv,
  EnvBoolean,
  EnvInteger,
  EnvParsed,
  EnvRequired,
  EnvSecret,
  EnvUrl,
  isProduction,
  loadEnv,
  requiredVariables,
} from '@libs/platform';
import { IsNotEmpty, IsOptional, Matches, ValidateIf } from 'class-validator';
import { APP_NAME } from './app-name';
import { parseKeyring } from './crypto/keyring';

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

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

const MIN_SESSION_SECRET = 32;

/** `VERA_SESSION_SECRET`: one or more comma-separated secrets, each at least 32 characters. */
function readSessionSecrets(value: unknown): string[] {
  const secrets = (typeof value === 'string' ? value : '')
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
function readPublicUrl(raw: unknown, env: { NODE_ENV?: unknown }): string | undefined {
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
    url = new URL(String(raw));
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

const SINGLE_PROVIDER = (env: VeraEnv): boolean => env.DFE_SECURITY_CLIENT_ID !== undefined;
const singleProviderNeeds = (name: string) =>
  `${name} is required in single-provider mode (DFE_SECURITY_CLIENT_ID is set)`;
const TIMEOUT = { min: 1, max: 3_600_000 };

/**
 * vera-integration's environment, read by the platform's one loader before Nest starts: every missing or
 * bad variable is reported at once. Defaults: `ENTRA_AUTHORITY_URL` https://login.microsoftonline.com,
 * `VERA_TIMEOUT_MS` 10 s, `VERA_PAGE_SESSION_MINUTES` 480, `VERA_SECURE_COOKIES` true,
 * `VERA_MOBILE_REQUEST_TTL_SECONDS` 300. Production also needs `VERA_PUBLIC_URL` (https unless loopback),
 * a database server, and no placeholder or local secret.
 */
export class VeraEnv extends DatabaseEnv {
  // Decorators apply bottom-up and the loader reports a variable's first problem: missing before malformed.
  @EnvUrl()
  @EnvRequired()
  HMPPS_AUTH_URL!: string;

  @EnvUrl()
  @EnvRequired()
  VERA_API_BASE_URL!: string;

  @IsOptional()
  @EnvUrl()
  ENTRA_AUTHORITY_URL = 'https://login.microsoftonline.com';

  @EnvRequired()
  DFE_SECURITY_TENANT_ID!: string;

  @EnvRequired()
  DFE_SECURITY_RESOURCE!: string;

  /** The reference's single credential set; unset means providers come from the registry only. */
  @IsOptional()
  DFE_SECURITY_CLIENT_ID?: string;

  @ValidateIf(SINGLE_PROVIDER)
  @EnvSecret()
  @IsNotEmpty({ message: singleProviderNeeds('DFE_SECURITY_SECRET') })
  DFE_SECURITY_SECRET?: string;

  @ValidateIf(SINGLE_PROVIDER)
  @Matches(/^\d{8}$/, { message: 'DFE_SECURITY_UKPRN must be 8 digits' })
  @IsNotEmpty({ message: singleProviderNeeds('DFE_SECURITY_UKPRN') })
  DFE_SECURITY_UKPRN?: string;

  @IsOptional()
  DFE_SECURITY_PROVIDER_NAME?: string;

  @IsOptional()
  @EnvInteger(TIMEOUT)
  VERA_TIMEOUT_MS = 10_000;

  /** `keyId:base64Key` entries (32-byte AES keys); the first encrypts, every one decrypts. */
  @EnvParsed('keyring', (value) => parseKeyring(String(value)))
  @EnvSecret()
  VERA_SECRET_KEYS!: string;

  @EnvParsed('sessionSecrets', readSessionSecrets)
  @EnvSecret()
  VERA_SESSION_SECRET!: string;

  @IsOptional()
  @EnvInteger({ min: 1, max: 525_600 })
  VERA_PAGE_SESSION_MINUTES = 480;

  @IsOptional()
  @EnvBoolean()
  VERA_SECURE_COOKIES = true;

  @ValidateIf((env: VeraEnv) => env.VERA_PUBLIC_URL !== undefined || isProduction(env))
  @EnvParsed('publicUrl', readPublicUrl)
  VERA_PUBLIC_URL?: string;

  @IsOptional()
  @EnvInteger({ min: 1, max: 86_400 })
  VERA_MOBILE_REQUEST_TTL_SECONDS = 300;
}

/** Variables with no safe default (the deployment checks read this). */
export const REQUIRED_ENV: string[] = requiredVariables(VeraEnv);

/** The settings vera's services read, from the validated environment. */
export function veraConfig(env: VeraEnv): VeraConfig {
  const ukprn = env.DFE_SECURITY_UKPRN ?? '';
  return {
    apiBaseUrl: withTrailingSlash(env.VERA_API_BASE_URL),
    entraAuthorityUrl: env.ENTRA_AUTHORITY_URL.replace(/\/+$/, ''),
    defaultTenantId: env.DFE_SECURITY_TENANT_ID,
    defaultResource: env.DFE_SECURITY_RESOURCE,
    singleProvider:
      env.DFE_SECURITY_CLIENT_ID === undefined
        ? undefined
        : {
            ukprn,
            clientId: env.DFE_SECURITY_CLIENT_ID,
            clientSecret: env.DFE_SECURITY_SECRET ?? '',
            displayName: env.DFE_SECURITY_PROVIDER_NAME ?? `Provider ${ukprn}`,
          },
    timeoutMs: env.VERA_TIMEOUT_MS,
    keyring: parseKeyring(env.VERA_SECRET_KEYS),
    sessionSecrets: readSessionSecrets(env.VERA_SESSION_SECRET),
    sessionMinutes: env.VERA_PAGE_SESSION_MINUTES,
    secureCookies: env.VERA_SECURE_COOKIES,
    publicUrl: readPublicUrl(env.VERA_PUBLIC_URL, env),
    mobileRequestTtlSeconds: env.VERA_MOBILE_REQUEST_TTL_SECONDS,
  };
}

/** The settings from an environment as the platform reads it at start (unit tests build them this way). */
export function readVeraConfig(source: Record<string, string | undefined> = process.env): VeraConfig {
  return veraConfig(loadEnv(APP_NAME, VeraEnv, source));
}

export const VERA_CONFIG = Symbol('VERA_CONFIG');
