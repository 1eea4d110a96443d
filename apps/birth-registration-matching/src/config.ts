import type { MatchingSettings } from './matching/matching-engine';
import type { GroFlagRules } from './matching/record-flags';
import { BirthDate, parseBirthDate } from './payload/birth-date';
import type { Registry } from './lookup/registry';
import type { GroFormat } from './records/gro-record-reader';

/** Variables without a safe default: the app does not start without them. */
export const REQUIRED_ENV: string[] = [
  'BRM_GRO_PROXY_URL',
  'BRM_DES_URL',
  'BRM_DES_ENVIRONMENT',
  'BRM_DES_AUTH_TOKEN',
];

/** `features.<registry>.{enabled,reference.enabled,details.enabled}` of the reference (spec §6). */
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

type Env = Record<string, string | undefined>;

class EnvReader {
  constructor(private readonly env: Env) {}

  text(name: string): string {
    const value = this.env[name]?.trim();
    if (!value) throw new Error(`${name} must be set`);
    return value;
  }

  url(name: string): string {
    const value = this.text(name);
    if (!URL.canParse(value)) throw new Error(`${name} must be an absolute URL, got "${value}"`);
    return value;
  }

  flag(name: string, fallback: boolean): boolean {
    const value = this.env[name]?.trim().toLowerCase();
    if (value === undefined || value === '') return fallback;
    if (value !== 'true' && value !== 'false')
      throw new Error(`${name} must be true or false, got "${value}"`);
    return value === 'true';
  }

  positiveInt(name: string, fallback: number): number {
    const value = this.env[name]?.trim();
    if (value === undefined || value === '') return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed <= 0)
      throw new Error(`${name} must be a positive integer, got "${value}"`);
    return parsed;
  }

  /** Comma-separated, blanks dropped. */
  list(name: string, fallback: string): string[] {
    const value = this.env[name] ?? fallback;
    return value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  }

  date(name: string, fallback: string): BirthDate {
    const value = this.env[name]?.trim() || fallback;
    const date = parseBirthDate(value);
    if (!date) throw new Error(`${name} must be a yyyy-MM-dd date from 1900, got "${value}"`);
    return date;
  }
}

function switches(env: EnvReader, prefix: string, fallback: boolean): RegistrySwitches {
  return {
    enabled: env.flag(`${prefix}_ENABLED`, fallback),
    reference: env.flag(`${prefix}_REFERENCE_ENABLED`, fallback),
    details: env.flag(`${prefix}_DETAILS_ENABLED`, fallback),
  };
}

/**
 * Reads and checks every setting once at start-up; a bad value stops the app with a message naming the
 * variable. Defaults are the reference's `application.conf` values (README lists every variable).
 */
export function readBrmConfig(source: Env): BrmConfig {
  const env = new EnvReader(source);
  return {
    gro: {
      baseUrl: env.url('BRM_GRO_PROXY_URL'),
      timeoutMs: env.positiveInt('BRM_GRO_TIMEOUT_MS', 10_000),
      responseFormat: env.flag('BRM_GRO_RESPONSE_V1_ENABLED', false) ? 'v1' : 'v0',
    },
    des: {
      baseUrl: env.url('BRM_DES_URL'),
      timeoutMs: env.positiveInt('BRM_DES_TIMEOUT_MS', 10_000),
      environment: env.text('BRM_DES_ENVIRONMENT'),
      authToken: env.text('BRM_DES_AUTH_TOKEN'),
    },
    breaker: {
      failureThreshold: env.positiveInt('BRM_UPSTREAM_BREAKER_FAILURE_THRESHOLD', 5),
      resetTimeoutMs: env.positiveInt('BRM_UPSTREAM_BREAKER_RESET_MS', 30_000),
    },
    matching: {
      firstName: env.flag('BRM_MATCHING_FIRST_NAME', true),
      lastName: env.flag('BRM_MATCHING_LAST_NAME', true),
      dateOfBirth: env.flag('BRM_MATCHING_DATE_OF_BIRTH', true),
      matchOnMultiple: env.flag('BRM_MATCHING_MATCH_ON_MULTIPLE', false),
      ignoreAdditionalNames: env.flag('BRM_MATCHING_IGNORE_ADDITIONAL_NAMES', false),
    },
    groFlagRules: {
      potentiallyFictitiousBirth: env.flag('BRM_GRO_FLAG_POTENTIALLY_FICTITIOUS_BIRTH_PROCESS', true),
      blockedRegistration: env.flag('BRM_GRO_FLAG_BLOCKED_REGISTRATION_PROCESS', true),
      cancelled: env.flag('BRM_GRO_FLAG_CANCELLED_PROCESS', true),
      marginalNote: env.flag('BRM_GRO_FLAG_MARGINAL_NOTE_PROCESS', true),
      reRegistered: env.flag('BRM_GRO_FLAG_RE_REGISTERED_PROCESS', true),
      correction: env.flag('BRM_GRO_FLAG_CORRECTION_PROCESS', false),
    },
    dateOfBirthFilter: {
      enabled: env.flag('BRM_DOB_VALIDATION_ENABLED', true),
      cutOff: env.date('BRM_DOB_VALIDATION_VALUE', '2009-07-01'),
    },
    flagFeatures: {
      logging: env.flag('BRM_FLAGS_LOGGING', true),
      process: env.flag('BRM_FLAGS_PROCESS', true),
    },
    switches: {
      gro: switches(env, 'BRM_GRO', true),
      nrs: switches(env, 'BRM_NRS', true),
      groni: switches(env, 'BRM_GRONI', false),
    },
    auditingEnabled: env.flag('BRM_AUDITING_ENABLED', true),
    metricAuditSources: new Set(
      env.list('BRM_METRIC_AUDIT_SOURCES', 'dfs').map((name) => name.toLowerCase()),
    ),
  };
}
