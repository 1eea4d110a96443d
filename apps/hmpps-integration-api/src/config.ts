import { readFileSync } from 'node:fs';
import type { ServerOptions as HttpsServerOptions } from 'node:https';
import { Environment, ENVIRONMENTS, FeatureFlags } from './feature-flags/feature-flags';

/** The upstream APIs (spec §4.2), each with the variable holding its base URL. */
export const UPSTREAM_URL_VARIABLES = {
  prisonerOffenderSearch: 'PRISONER_OFFENDER_SEARCH_URL',
  probationOffenderSearch: 'PROBATION_OFFENDER_SEARCH_URL',
  prisonApi: 'PRISON_API_URL',
  ndelius: 'NDELIUS_URL',
  effectiveProposalFramework: 'EFFECTIVE_PROPOSAL_FRAMEWORK_URL',
  assessRisksAndNeeds: 'ASSESS_RISKS_AND_NEEDS_URL',
  adjudications: 'ADJUDICATIONS_URL',
  caseNotes: 'CASE_NOTES_URL',
  createAndVaryLicence: 'CREATE_AND_VARY_LICENCE_URL',
  managePomCase: 'MANAGE_POM_CASE_URL',
  plp: 'PLP_URL',
  nonAssociations: 'NON_ASSOCIATIONS_URL',
  personalRelationships: 'PERSONAL_RELATIONSHIPS_URL',
  managePrisonVisits: 'MANAGE_PRISON_VISITS_URL',
  incentives: 'INCENTIVES_URL',
} as const;

export type UpstreamKey = keyof typeof UPSTREAM_URL_VARIABLES;

/** Variables without a safe default: start-up stops naming every one that is missing. */
export const REQUIRED_ENV: string[] = [
  'HMPPS_AUTH_URL',
  'CLIENT_ID',
  'CLIENT_SECRET',
  'AUTHORISATION_CONFIG',
  ...Object.values(UPSTREAM_URL_VARIABLES),
];

export interface HmppsIntegrationConfig {
  hmppsAuthUrl: string;
  clientId: string;
  clientSecret: string;
  /** Path of the consumers-and-roles YAML file. */
  authorisationConfigPath: string;
  upstreamUrls: Record<UpstreamKey, string>;
  /** Budget of one upstream call, retries included (default 15000, the reference's response timeout). */
  upstreamTimeoutMs: number;
  /** Extra attempts of idempotent upstream calls on connection errors and 502/503/504 (default 2). */
  upstreamRetries: number;
  /** Resends of a transaction post that went unanswered (default 3, as the reference). */
  transactionRetries: number;
  /** Wait before the first resend of a transaction post, doubling after (default 3000, the reference's). */
  transactionRetryBackoffMs: number;
  /** Whether the app terminates mutual TLS itself (TLS_CERT, TLS_KEY and TLS_CA all set). */
  mutualTls: boolean;
  /** Which environment's feature-flag defaults apply (HMPPS_ENVIRONMENT, default prod). */
  environment: Environment;
  /** The environment's feature flags, each overridable by its FEATURE_FLAG_* variable. */
  featureFlags: FeatureFlags;
  /** Manage Users, to check on-behalf-of user names (MANAGE_USERS_URL); needed only when a consumer verifies them. */
  manageUsersUrl: string | null;
  /** The key set that signs Entra ID tokens sent as `X-On-Behalf-Of` (ENTRA_OBO_JWKS_URL). */
  entraOboJwksUrl: string;
  /** NODE_ENV=production: settings meant for local runs are refused. */
  production: boolean;
}

/** Microsoft's key set for tokens of every Entra ID tenant (the reference's on-behalf-of `entra` strategy). */
export const ENTRA_COMMON_JWKS_URL = 'https://login.microsoftonline.com/common/discovery/v2.0/keys';

export class AppConfig {
  constructor(readonly values: HmppsIntegrationConfig) {}
}

export function readConfig(env: NodeJS.ProcessEnv): HmppsIntegrationConfig {
  const upstreamUrls = Object.fromEntries(
    Object.entries(UPSTREAM_URL_VARIABLES).map(([key, variable]) => [key, httpUrl(env, variable)]),
  ) as Record<UpstreamKey, string>;
  const environment = readEnvironment(env);
  return {
    hmppsAuthUrl: httpUrl(env, 'HMPPS_AUTH_URL'),
    clientId: required(env, 'CLIENT_ID'),
    clientSecret: required(env, 'CLIENT_SECRET'),
    authorisationConfigPath: required(env, 'AUTHORISATION_CONFIG'),
    upstreamUrls,
    upstreamTimeoutMs: integer(env, 'UPSTREAM_TIMEOUT_MS', 15_000),
    upstreamRetries: integer(env, 'UPSTREAM_RETRIES', 2),
    transactionRetries: integer(env, 'TRANSACTION_RETRIES', 3),
    transactionRetryBackoffMs: integer(env, 'TRANSACTION_RETRY_BACKOFF_MS', 3_000),
    mutualTls: mutualTlsFiles(env) !== undefined,
    environment,
    featureFlags: FeatureFlags.forEnvironment(environment, env),
    manageUsersUrl: env.MANAGE_USERS_URL?.trim() ? httpUrl(env, 'MANAGE_USERS_URL') : null,
    entraOboJwksUrl: env.ENTRA_OBO_JWKS_URL?.trim()
      ? httpUrl(env, 'ENTRA_OBO_JWKS_URL')
      : ENTRA_COMMON_JWKS_URL,
    production: env.NODE_ENV === 'production',
  };
}

function readEnvironment(env: NodeJS.ProcessEnv): Environment {
  const value = env.HMPPS_ENVIRONMENT?.trim() || 'prod';
  if (!(ENVIRONMENTS as readonly string[]).includes(value)) {
    throw new Error(`HMPPS_ENVIRONMENT must be one of ${ENVIRONMENTS.join(', ')}, got ${value}`);
  }
  return value as Environment;
}

/**
 * HTTPS server options for mutual TLS, read from the PEM files named by TLS_CERT, TLS_KEY and TLS_CA:
 * a client must present a certificate signed by TLS_CA, and the consumer is its subject's CN.
 */
export function mutualTlsServerOptions(env: NodeJS.ProcessEnv): HttpsServerOptions | undefined {
  const files = mutualTlsFiles(env);
  if (!files) return undefined;
  return {
    cert: readFileSync(files.cert),
    key: readFileSync(files.key),
    ca: readFileSync(files.ca),
    requestCert: true,
    rejectUnauthorized: true,
  };
}

function mutualTlsFiles(env: NodeJS.ProcessEnv): { cert: string; key: string; ca: string } | undefined {
  const cert = env.TLS_CERT?.trim();
  const key = env.TLS_KEY?.trim();
  const ca = env.TLS_CA?.trim();
  if (!cert && !key && !ca) return undefined;
  if (!cert || !key || !ca) throw new Error('Mutual TLS needs all of TLS_CERT, TLS_KEY and TLS_CA');
  return { cert, key, ca };
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new Error(`Missing required environment variable ${name}`);
  return value;
}

function httpUrl(env: NodeJS.ProcessEnv, name: string): string {
  const value = required(env, name);
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw new Error(`${name} must be an http(s) URL, got ${value}`);
  }
  return value;
}

function integer(env: NodeJS.ProcessEnv, name: string, defaultValue: number): number {
  const value = env[name]?.trim();
  if (!value) return defaultValue;
  if (!/^\d+$/.test(value)) throw new Error(`${name} must be a whole number, got ${value}`);
  return Number(value);
}
