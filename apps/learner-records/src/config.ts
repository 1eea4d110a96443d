/** Every variable without a safe default: start-up stops, naming each one that is missing. */
export const REQUIRED_ENV = ['HMPPS_AUTH_URL', 'LRS_BASE_URL', 'UK_PRN', 'ORG_PASSWORD', 'VENDOR_ID'];

/** The reference's application name: `/info` shows it as `build.name` and audit events carry it as `service`. */
export const APP_NAME = 'hmpps-learner-records-api';
export const DEFAULT_PORT = 8080;

const DEFAULT_LRS_TIMEOUT_SECONDS = 20;
const DEFAULT_BREAKER_FAILURES = 5;
const DEFAULT_BREAKER_RESET_SECONDS = 5;

export interface LearnerRecordsConfig {
  lrs: {
    /** e.g. `https://ws.lrs.education.gov.uk`; the two service paths are appended. */
    baseUrl: string;
    /** PKCS#12 client certificate for mutual TLS; required for an `https` base URL. */
    pfxPath?: string;
    pfxPassword?: string;
    /** Extra trust anchor for the LRS server certificate; the platform CA store when unset. */
    caPath?: string;
    ukprn: string;
    orgPassword: string;
    vendorId: string;
    /** Upper bound of one call: connect + write + read budgets. */
    timeoutMs: number;
    breaker: {
      /** Failed calls in the rolling window before the circuit may open. */
      failureThreshold: number;
      /** How long the circuit stays open before one trial call goes through. */
      resetTimeoutMs: number;
    };
  };
}

export const LEARNER_RECORDS_CONFIG = Symbol('LEARNER_RECORDS_CONFIG');

type Lookup = (name: string) => string | undefined;

/**
 * Reads the configuration. Defaults: `LRS_CONNECT_TIMEOUT`, `LRS_WRITE_TIMEOUT`, `LRS_READ_TIMEOUT` 20 s
 * each (fractions allowed); `LRS_PFX_PATH` unset means plain HTTP (local stubs only); `LRS_CA_PATH` unset
 * means the server certificate is checked against the platform CA store; the LRS circuit breaker opens
 * after `LRS_BREAKER_FAILURE_THRESHOLD` (5) failures and retries after `LRS_BREAKER_RESET_SECONDS` (5 s,
 * short because a user is waiting on the match screen once LRS is back).
 */
export function readLearnerRecordsConfig(lookup: Lookup): LearnerRecordsConfig {
  const required = (name: string): string => {
    const value = lookup(name)?.trim();
    if (!value) throw new Error(`Missing required configuration: ${name}`);
    return value;
  };
  const seconds = (name: string, fallback = DEFAULT_LRS_TIMEOUT_SECONDS): number => {
    const raw = lookup(name)?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0)
      throw new Error(`${name} must be a positive number of seconds, got "${raw}"`);
    return value;
  };
  const count = (name: string, fallback: number): number => {
    const raw = lookup(name)?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`${name} must be a whole number of at least 1, got "${raw}"`);
    return value;
  };
  const baseUrl = required('LRS_BASE_URL').replace(/\/+$/, '');
  const pfxPath = lookup('LRS_PFX_PATH')?.trim() || undefined;
  if (baseUrl.startsWith('https:') && !pfxPath)
    throw new Error('LRS_PFX_PATH is required for an https LRS_BASE_URL (mutual TLS)');
  const pfxPassword = lookup('PFX_FILE_PASSWORD');
  if (pfxPath && pfxPassword === undefined)
    throw new Error('PFX_FILE_PASSWORD is required with LRS_PFX_PATH');
  const timeouts = ['LRS_CONNECT_TIMEOUT', 'LRS_WRITE_TIMEOUT', 'LRS_READ_TIMEOUT'].map((name) =>
    seconds(name),
  );
  return {
    lrs: {
      baseUrl,
      pfxPath,
      pfxPassword,
      caPath: lookup('LRS_CA_PATH')?.trim() || undefined,
      ukprn: required('UK_PRN'),
      orgPassword: required('ORG_PASSWORD'),
      vendorId: required('VENDOR_ID'),
      timeoutMs: Math.round(timeouts.reduce((sum, value) => sum + value, 0) * 1000),
      breaker: {
        failureThreshold: count('LRS_BREAKER_FAILURE_THRESHOLD', DEFAULT_BREAKER_FAILURES),
        resetTimeoutMs: Math.round(
          seconds('LRS_BREAKER_RESET_SECONDS', DEFAULT_BREAKER_RESET_SECONDS) * 1000,
        ),
      },
    },
  };
}
