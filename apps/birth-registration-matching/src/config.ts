import {
  EnvBoolean,
  EnvInteger,
  EnvRequired,
  EnvRule,
  EnvSecret,
  EnvUrl,
  loadEnv,
  PlatformEnv,
  requiredVariables,
} from '@libs/platform';
import type { Provider } from '@nestjs/common';
import { IsOptional } from 'class-validator';
import type { MatchingSettings } from './matching/matching-engine';
import type { GroFlagRules } from './matching/record-flags';
import { BirthDate, parseBirthDate } from './payload/birth-date';
import type { Registry } from './lookup/registry';
import type { GroFormat } from './upstream/gro-record-reader';
import { APP_NAME } from './app-name';

const TIMEOUT_MS = { min: 1, max: 3_600_000 };

/** `features.<registry>.{enabled,reference.enabled,details.enabled}` of the reference. */
export interface RegistrySwitches {
  readonly enabled: boolean;
  readonly reference: boolean;
  readonly details: boolean;
}

export interface UpstreamSettings {
  readonly baseUrl: string;
  readonly timeoutMs: number;
}

export interface BrmConfig {
  readonly gro: UpstreamSettings & { readonly responseFormat: GroFormat };
  readonly des: UpstreamSettings & { readonly environment: string; readonly authToken: string };
  readonly breaker: { readonly failureThreshold: number; readonly resetTimeoutMs: number };
  readonly matching: MatchingSettings;
  readonly groFlagRules: GroFlagRules;
  readonly dateOfBirthFilter: { readonly enabled: boolean; readonly cutOff: BirthDate };
  /** `features.flags.logging` puts record flags into audits; `.process` is only echoed in audits. */
  readonly flagFeatures: { readonly logging: boolean; readonly process: boolean };
  readonly switches: Readonly<Record<Registry, RegistrySwitches>>;
  readonly auditingEnabled: boolean;
  /** The Audit-Source values counted by name in the metrics (lower case); any other is counted as `other`. */
  readonly metricAuditSources: ReadonlySet<string>;
}

/**
 * BRM's environment, read by the platform's one loader before Nest starts (every bad or missing variable
 * reported at once). Defaults are the reference's `application.conf` values (README lists every variable).
 */
export class BrmEnv extends PlatformEnv {
  // Decorators apply bottom-up and the loader reports a variable's first problem: missing before malformed.
  @EnvUrl()
  @EnvRequired()
  BRM_GRO_PROXY_URL!: string;

  @EnvUrl()
  @EnvRequired()
  BRM_DES_URL!: string;

  @EnvRequired()
  BRM_DES_ENVIRONMENT!: string;

  @EnvSecret()
  BRM_DES_AUTH_TOKEN!: string;

  @IsOptional()
  @EnvInteger(TIMEOUT_MS)
  BRM_GRO_TIMEOUT_MS = 10_000;

  @IsOptional()
  @EnvInteger(TIMEOUT_MS)
  BRM_DES_TIMEOUT_MS = 10_000;

  @IsOptional()
  // No upper bound but the integer range: a test (or an operator) may switch the breaker off in effect.
  @EnvInteger({ min: 1, max: Number.MAX_SAFE_INTEGER })
  BRM_UPSTREAM_BREAKER_FAILURE_THRESHOLD = 5;

  @IsOptional()
  @EnvInteger(TIMEOUT_MS)
  BRM_UPSTREAM_BREAKER_RESET_MS = 30_000;

  @IsOptional()
  @EnvBoolean()
  BRM_GRO_RESPONSE_V1_ENABLED = false;

  @IsOptional()
  @EnvBoolean()
  BRM_MATCHING_FIRST_NAME = true;

  @IsOptional()
  @EnvBoolean()
  BRM_MATCHING_LAST_NAME = true;

  @IsOptional()
  @EnvBoolean()
  BRM_MATCHING_DATE_OF_BIRTH = true;

  @IsOptional()
  @EnvBoolean()
  BRM_MATCHING_MATCH_ON_MULTIPLE = false;

  @IsOptional()
  @EnvBoolean()
  BRM_MATCHING_IGNORE_ADDITIONAL_NAMES = false;

  @IsOptional()
  @EnvBoolean()
  BRM_GRO_FLAG_POTENTIALLY_FICTITIOUS_BIRTH_PROCESS = true;

  @IsOptional()
  @EnvBoolean()
  BRM_GRO_FLAG_BLOCKED_REGISTRATION_PROCESS = true;

  @IsOptional()
  @EnvBoolean()
  BRM_GRO_FLAG_CANCELLED_PROCESS = true;

  @IsOptional()
  @EnvBoolean()
  BRM_GRO_FLAG_MARGINAL_NOTE_PROCESS = true;

  @IsOptional()
  @EnvBoolean()
  BRM_GRO_FLAG_RE_REGISTERED_PROCESS = true;

  @IsOptional()
  @EnvBoolean()
  BRM_GRO_FLAG_CORRECTION_PROCESS = false;

  @IsOptional()
  @EnvBoolean()
  BRM_DOB_VALIDATION_ENABLED = true;

  @IsOptional()
  @EnvRule(
    'birthDate',
    (value) => typeof value === 'string' && parseBirthDate(value) !== undefined,
    (property) => `${property} must be a yyyy-MM-dd date from 1900`,
  )
  BRM_DOB_VALIDATION_VALUE = '2009-07-01';

  @IsOptional()
  @EnvBoolean()
  BRM_FLAGS_LOGGING = true;

  @IsOptional()
  @EnvBoolean()
  BRM_FLAGS_PROCESS = true;

  @IsOptional()
  @EnvBoolean()
  BRM_GRO_ENABLED = true;

  @IsOptional()
  @EnvBoolean()
  BRM_GRO_REFERENCE_ENABLED = true;

  @IsOptional()
  @EnvBoolean()
  BRM_GRO_DETAILS_ENABLED = true;

  @IsOptional()
  @EnvBoolean()
  BRM_NRS_ENABLED = true;

  @IsOptional()
  @EnvBoolean()
  BRM_NRS_REFERENCE_ENABLED = true;

  @IsOptional()
  @EnvBoolean()
  BRM_NRS_DETAILS_ENABLED = true;

  @IsOptional()
  @EnvBoolean()
  BRM_GRONI_ENABLED = false;

  @IsOptional()
  @EnvBoolean()
  BRM_GRONI_REFERENCE_ENABLED = false;

  @IsOptional()
  @EnvBoolean()
  BRM_GRONI_DETAILS_ENABLED = false;

  @IsOptional()
  @EnvBoolean()
  BRM_AUDITING_ENABLED = true;

  /** Comma-separated Audit-Source values (any case) counted by name in the metrics. */
  @IsOptional()
  BRM_METRIC_AUDIT_SOURCES = 'dfs';
}

/** Variables without a safe default: the app does not start without them (deployment checks read this). */
export const REQUIRED_ENV: string[] = requiredVariables(BrmEnv);

function switches(enabled: boolean, reference: boolean, details: boolean): RegistrySwitches {
  return { enabled, reference, details };
}

/** The settings BRM's services read, from the validated environment. */
export function brmConfig(env: BrmEnv): BrmConfig {
  return {
    gro: {
      baseUrl: env.BRM_GRO_PROXY_URL,
      timeoutMs: env.BRM_GRO_TIMEOUT_MS,
      responseFormat: env.BRM_GRO_RESPONSE_V1_ENABLED ? 'v1' : 'v0',
    },
    des: {
      baseUrl: env.BRM_DES_URL,
      timeoutMs: env.BRM_DES_TIMEOUT_MS,
      environment: env.BRM_DES_ENVIRONMENT,
      authToken: env.BRM_DES_AUTH_TOKEN,
    },
    breaker: {
      failureThreshold: env.BRM_UPSTREAM_BREAKER_FAILURE_THRESHOLD,
      resetTimeoutMs: env.BRM_UPSTREAM_BREAKER_RESET_MS,
    },
    matching: {
      firstName: env.BRM_MATCHING_FIRST_NAME,
      lastName: env.BRM_MATCHING_LAST_NAME,
      dateOfBirth: env.BRM_MATCHING_DATE_OF_BIRTH,
      matchOnMultiple: env.BRM_MATCHING_MATCH_ON_MULTIPLE,
      ignoreAdditionalNames: env.BRM_MATCHING_IGNORE_ADDITIONAL_NAMES,
    },
    groFlagRules: {
      potentiallyFictitiousBirth: env.BRM_GRO_FLAG_POTENTIALLY_FICTITIOUS_BIRTH_PROCESS,
      blockedRegistration: env.BRM_GRO_FLAG_BLOCKED_REGISTRATION_PROCESS,
      cancelled: env.BRM_GRO_FLAG_CANCELLED_PROCESS,
      marginalNote: env.BRM_GRO_FLAG_MARGINAL_NOTE_PROCESS,
      reRegistered: env.BRM_GRO_FLAG_RE_REGISTERED_PROCESS,
      correction: env.BRM_GRO_FLAG_CORRECTION_PROCESS,
    },
    dateOfBirthFilter: {
      enabled: env.BRM_DOB_VALIDATION_ENABLED,
      // Checked by the schema's rule, so it parses.
      cutOff: parseBirthDate(env.BRM_DOB_VALIDATION_VALUE) as BirthDate,
    },
    flagFeatures: { logging: env.BRM_FLAGS_LOGGING, process: env.BRM_FLAGS_PROCESS },
    switches: {
      gro: switches(env.BRM_GRO_ENABLED, env.BRM_GRO_REFERENCE_ENABLED, env.BRM_GRO_DETAILS_ENABLED),
      nrs: switches(env.BRM_NRS_ENABLED, env.BRM_NRS_REFERENCE_ENABLED, env.BRM_NRS_DETAILS_ENABLED),
      groni: switches(env.BRM_GRONI_ENABLED, env.BRM_GRONI_REFERENCE_ENABLED, env.BRM_GRONI_DETAILS_ENABLED),
    },
    auditingEnabled: env.BRM_AUDITING_ENABLED,
    metricAuditSources: new Set(
      env.BRM_METRIC_AUDIT_SOURCES.split(',')
        .map((name) => name.trim().toLowerCase())
        .filter(Boolean),
    ),
  };
}

export const BRM_CONFIG = Symbol('BRM_CONFIG');

/** BRM's settings as one injectable value, built from the validated environment. */
export const brmConfigProvider: Provider = { provide: BRM_CONFIG, inject: [BrmEnv], useFactory: brmConfig };

/** The settings from an environment as the platform reads it at start (unit tests build them this way). */
export function readBrmConfig(source: Record<string, string | undefined>): BrmConfig {
  return brmConfig(loadEnv(APP_NAME, BrmEnv, source));
}
