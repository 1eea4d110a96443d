import { accessSync, constants, readFileSync } from 'node:fs';
import type { ServerOptions as HttpsServerOptions } from 'node:https';
import {
  EnvBoolean,
  EnvInteger,
  EnvRequired,
  EnvRule,
  EnvSecret,
  EnvUrl,
  requiredVariables,
} from '@libs/platform';
import { sqsDeclarations, withSqsEnv } from '@libs/queue';
import { IsIn, IsOptional, registerDecorator } from 'class-validator';
import { eventsSettingsProblems, EventsEnv } from './events/events.config';
import {
  Environment,
  ENVIRONMENTS,
  FEATURE_FLAG_NAMES,
  featureFlagVariable,
  FeatureFlags,
} from './feature-flags/feature-flags';
import { HMPPS_QUEUES, HMPPS_TOPICS } from './queues';

/** The upstream APIs, each with the variable holding its base URL. */
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
  locationsInsidePrison: 'LOCATIONS_INSIDE_PRISON_URL',
  prisonerBaseLocation: 'PRISONER_BASE_LOCATION_URL',
  remandAndSentencing: 'REMAND_AND_SENTENCING_URL',
  supportForAdditionalNeeds: 'SAN_URL',
  activities: 'ACTIVITIES_URL',
  courtRegister: 'COURT_REGISTER_URL',
  healthAndMedication: 'HEALTH_AND_MEDICATION_URL',
  alerts: 'ALERTS_API_URL',
} as const;

export type UpstreamKey = keyof typeof UPSTREAM_URL_VARIABLES;
type UpstreamUrlVariable = (typeof UPSTREAM_URL_VARIABLES)[UpstreamKey];

/** Microsoft's key set for tokens of every Entra ID tenant (the reference's on-behalf-of `entra` strategy). */
export const ENTRA_COMMON_JWKS_URL = 'https://login.microsoftonline.com/common/discovery/v2.0/keys';

const TLS_VARIABLES = ['TLS_CERT', 'TLS_KEY', 'TLS_CA'] as const;

/** A required http(s) URL: missing says "is required", a wrong one "must be an http or https URL". */
function RequiredUrl(): (target: object, property: string) => void {
  return (target, property) => {
    EnvRequired()(target, property);
    EnvUrl()(target, property);
  };
}

/** Mutual TLS is all three PEM files or none: one alone would start a server nobody can reach. */
const tlsAllOrNone = EnvRule(
  'tlsAllOrNone',
  (_value, env) => {
    const given = TLS_VARIABLES.filter((name) => env[name] !== undefined).length;
    return given === 0 || given === TLS_VARIABLES.length;
  },
  () => 'Mutual TLS needs all of TLS_CERT, TLS_KEY and TLS_CA',
);

const readableFile = EnvRule(
  'readableFile',
  (value) => {
    if (typeof value !== 'string') return true;
    try {
      accessSync(value, constants.R_OK);
      return true;
    } catch {
      return false;
    }
  },
  (property) => `${property} must name a readable file`,
);

/**
 * hmpps-integration-api's environment, checked at start by the platform's one loader (every problem
 * reported at once). Defaults: `UPSTREAM_TIMEOUT_MS` 15000 (one upstream call, retries included: the
 * reference's response timeout), `UPSTREAM_RETRIES` 2 (idempotent calls, on connection errors and
 * 502/503/504), `TRANSACTION_RETRIES` 3 and `TRANSACTION_RETRY_BACKOFF_MS` 3000 (resends of a transaction
 * post that went unanswered, the wait doubling), `HMPPS_ENVIRONMENT` prod (whose feature-flag defaults
 * apply; each `FEATURE_FLAG_*` overrides one flag), `ENTRA_OBO_JWKS_URL` Microsoft's common key set.
 * The integration events' variables (`EventsEnv`) and the queues' and topics' HMPPS SQS variables
 * (`withSqsEnv`) are part of it.
 */
export class HmppsIntegrationEnv extends withSqsEnv(
  EventsEnv,
  sqsDeclarations({ queues: HMPPS_QUEUES, topics: HMPPS_TOPICS }),
) {
  @RequiredUrl()
  HMPPS_AUTH_URL!: string;

  @EnvRequired()
  CLIENT_ID!: string;

  @EnvSecret()
  CLIENT_SECRET!: string;

  /** Path of the consumers-and-roles YAML file. */
  @EnvRequired()
  AUTHORISATION_CONFIG!: string;

  @RequiredUrl() PRISONER_OFFENDER_SEARCH_URL!: string;
  @RequiredUrl() PROBATION_OFFENDER_SEARCH_URL!: string;
  @RequiredUrl() PRISON_API_URL!: string;
  @RequiredUrl() NDELIUS_URL!: string;
  @RequiredUrl() EFFECTIVE_PROPOSAL_FRAMEWORK_URL!: string;
  @RequiredUrl() ASSESS_RISKS_AND_NEEDS_URL!: string;
  @RequiredUrl() ADJUDICATIONS_URL!: string;
  @RequiredUrl() CASE_NOTES_URL!: string;
  @RequiredUrl() CREATE_AND_VARY_LICENCE_URL!: string;
  @RequiredUrl() MANAGE_POM_CASE_URL!: string;
  @RequiredUrl() PLP_URL!: string;
  @RequiredUrl() NON_ASSOCIATIONS_URL!: string;
  @RequiredUrl() PERSONAL_RELATIONSHIPS_URL!: string;
  @RequiredUrl() MANAGE_PRISON_VISITS_URL!: string;
  @RequiredUrl() INCENTIVES_URL!: string;
  @RequiredUrl() LOCATIONS_INSIDE_PRISON_URL!: string;
  @RequiredUrl() PRISONER_BASE_LOCATION_URL!: string;
  @RequiredUrl() REMAND_AND_SENTENCING_URL!: string;
  @RequiredUrl() SAN_URL!: string;
  @RequiredUrl() ACTIVITIES_URL!: string;
  @RequiredUrl() COURT_REGISTER_URL!: string;
  @RequiredUrl() HEALTH_AND_MEDICATION_URL!: string;
  @RequiredUrl() ALERTS_API_URL!: string;

  @IsOptional()
  @EnvInteger({ min: 1, max: 600_000 })
  UPSTREAM_TIMEOUT_MS = 15_000;

  @IsOptional()
  @EnvInteger({ min: 0, max: 10 })
  UPSTREAM_RETRIES = 2;

  @IsOptional()
  @EnvInteger({ min: 0, max: 10 })
  TRANSACTION_RETRIES = 3;

  @IsOptional()
  @EnvInteger({ min: 0, max: 600_000 })
  TRANSACTION_RETRY_BACKOFF_MS = 3_000;

  /** PEM files: the server's certificate and key, and the CA that signs consumers' client certificates. */
  @IsOptional()
  @readableFile
  @tlsAllOrNone
  TLS_CERT?: string;

  @IsOptional()
  @readableFile
  TLS_KEY?: string;

  @IsOptional()
  @readableFile
  TLS_CA?: string;

  @IsOptional()
  @IsIn(ENVIRONMENTS, { message: `HMPPS_ENVIRONMENT must be one of ${ENVIRONMENTS.join(', ')}` })
  HMPPS_ENVIRONMENT: Environment = 'prod';

  /** Manage Users, to check on-behalf-of user names; needed only when a consumer verifies them. */
  @IsOptional()
  @EnvUrl()
  MANAGE_USERS_URL?: string;

  /** The key set that signs Entra ID tokens sent as `X-On-Behalf-Of`. */
  @IsOptional()
  @EnvUrl()
  ENTRA_OBO_JWKS_URL = ENTRA_COMMON_JWKS_URL;
}

// One optional `true`/`false` variable per feature flag (`FEATURE_FLAG_<NAME>`), declared from the flag list.
for (const name of FEATURE_FLAG_NAMES) {
  const variable = featureFlagVariable(name);
  IsOptional()(HmppsIntegrationEnv.prototype, variable);
  EnvBoolean()(HmppsIntegrationEnv.prototype, variable);
}

/** The flags of the validated environment (each variable already checked, so a bad one gives no flags here). */
function featureFlagsOf(env: Record<string, unknown>): FeatureFlags | undefined {
  const environment = env.HMPPS_ENVIRONMENT;
  if (typeof environment !== 'string' || !(ENVIRONMENTS as readonly string[]).includes(environment))
    return undefined;
  try {
    return FeatureFlags.forEnvironment(environment as Environment, env);
  } catch {
    return undefined;
  }
}

// The events' settings depend on the flags: checked with every other variable.
registerDecorator({
  name: 'eventsSettings',
  target: HmppsIntegrationEnv,
  // On a variable that always has a value: an optional one that is unset skips its rules.
  propertyName: 'HMPPS_ENVIRONMENT',
  validator: {
    validate: (_value, args) => {
      const env = args?.object as HmppsIntegrationEnv;
      const flags = featureFlagsOf(env as unknown as Record<string, unknown>);
      return !flags || eventsSettingsProblems(flags, env).length === 0;
    },
    defaultMessage: (args) => {
      const env = args?.object as HmppsIntegrationEnv;
      const flags = featureFlagsOf(env as unknown as Record<string, unknown>);
      return flags ? eventsSettingsProblems(flags, env).join('; ') : '';
    },
  },
});

/** Variables without a safe default (the deployment tests check every manifest provides them). */
export const REQUIRED_ENV: string[] = requiredVariables(HmppsIntegrationEnv);

export interface HmppsIntegrationConfig {
  hmppsAuthUrl: string;
  clientId: string;
  clientSecret: string;
  /** Path of the consumers-and-roles YAML file. */
  authorisationConfigPath: string;
  upstreamUrls: Record<UpstreamKey, string>;
  /** Budget of one upstream call, retries included. */
  upstreamTimeoutMs: number;
  /** Extra attempts of idempotent upstream calls on connection errors and 502/503/504. */
  upstreamRetries: number;
  /** Resends of a transaction post that went unanswered. */
  transactionRetries: number;
  /** Wait before the first resend of a transaction post, doubling after. */
  transactionRetryBackoffMs: number;
  /** Whether the app terminates mutual TLS itself (TLS_CERT, TLS_KEY and TLS_CA all set). */
  mutualTls: boolean;
  /** Which environment's feature-flag defaults apply. */
  environment: Environment;
  /** The environment's feature flags, each overridable by its FEATURE_FLAG_* variable. */
  featureFlags: FeatureFlags;
  manageUsersUrl: string | null;
  entraOboJwksUrl: string;
  /** NODE_ENV=production: settings meant for local runs are refused. */
  production: boolean;
}

export class AppConfig {
  constructor(readonly values: HmppsIntegrationConfig) {}
}

/** The services' view of the validated environment. */
export function hmppsIntegrationConfig(env: HmppsIntegrationEnv): HmppsIntegrationConfig {
  const upstreamUrls = Object.fromEntries(
    Object.entries(UPSTREAM_URL_VARIABLES).map(([key, variable]) => [
      key,
      env[variable as UpstreamUrlVariable],
    ]),
  ) as Record<UpstreamKey, string>;
  return {
    hmppsAuthUrl: env.HMPPS_AUTH_URL,
    clientId: env.CLIENT_ID,
    clientSecret: env.CLIENT_SECRET,
    authorisationConfigPath: env.AUTHORISATION_CONFIG,
    upstreamUrls,
    upstreamTimeoutMs: env.UPSTREAM_TIMEOUT_MS,
    upstreamRetries: env.UPSTREAM_RETRIES,
    transactionRetries: env.TRANSACTION_RETRIES,
    transactionRetryBackoffMs: env.TRANSACTION_RETRY_BACKOFF_MS,
    mutualTls: env.TLS_CERT !== undefined,
    environment: env.HMPPS_ENVIRONMENT,
    featureFlags: FeatureFlags.forEnvironment(
      env.HMPPS_ENVIRONMENT,
      env as unknown as Record<string, unknown>,
    ),
    manageUsersUrl: env.MANAGE_USERS_URL ?? null,
    entraOboJwksUrl: env.ENTRA_OBO_JWKS_URL,
    production: env.NODE_ENV === 'production',
  };
}

/**
 * HTTPS server options for mutual TLS, read from the PEM files named by TLS_CERT, TLS_KEY and TLS_CA:
 * a client must present a certificate signed by TLS_CA, and the consumer is its subject's CN. Read before
 * the environment is validated (the server is made first), so a partial or unreadable set gives plain
 * options here and the loader then reports it with every other problem.
 */
export function mutualTlsServerOptions(env: NodeJS.ProcessEnv): HttpsServerOptions | undefined {
  const [cert, key, ca] = TLS_VARIABLES.map((name) => env[name]?.trim() || undefined);
  if (!cert || !key || !ca) return undefined;
  try {
    return {
      cert: readFileSync(cert),
      key: readFileSync(key),
      ca: readFileSync(ca),
      requestCert: true,
      rejectUnauthorized: true,
    };
  } catch {
    return undefined;
  }
}
