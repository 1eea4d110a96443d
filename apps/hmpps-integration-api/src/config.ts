import { readFileSync } from 'node:fs';
import type { ServerOptions as HttpsServerOptions } from 'node:https';

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
}

export class AppConfig {
  constructor(readonly values: HmppsIntegrationConfig) {}
}

export function readConfig(env: NodeJS.ProcessEnv): HmppsIntegrationConfig {
  const upstreamUrls = Object.fromEntries(
    Object.entries(UPSTREAM_URL_VARIABLES).map(([key, variable]) => [key, httpUrl(env, variable)]),
  ) as Record<UpstreamKey, string>;
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
  };
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
