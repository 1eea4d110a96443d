import {
  DatabaseEnv,
  EnvInteger,
  EnvNumber,
  EnvRequired,
  EnvSecret,
  EnvUrl,
  requiredVariables,
} from '@libs/platform';
import { sqsDeclarations, withSqsEnv } from '@libs/queue';
import { IsNotEmpty, IsOptional, ValidateIf } from 'class-validator';
import { LEARNER_RECORDS_QUEUES } from './queues';

const SECONDS = { min: 0, max: 600, exclusiveMin: true };

/**
 * learner-records' environment. Defaults: `LRS_CONNECT_TIMEOUT`, `LRS_WRITE_TIMEOUT`, `LRS_READ_TIMEOUT`
 * 20 s each (fractions allowed); `LRS_PFX_PATH` unset means plain HTTP (local stubs only); `LRS_CA_PATH`
 * unset means the server certificate is checked against the platform CA store; the LRS circuit breaker
 * opens after `LRS_BREAKER_FAILURE_THRESHOLD` (5) failures and retries after `LRS_BREAKER_RESET_SECONDS`
 * (5 s, short because a user is waiting on the match screen once LRS is back). The audit queue's HMPPS SQS
 * variables are part of it (`withSqsEnv`).
 */
export class LearnerRecordsEnv extends withSqsEnv(DatabaseEnv, sqsDeclarations(LEARNER_RECORDS_QUEUES)) {
  @EnvUrl()
  HMPPS_AUTH_URL!: string;

  /** e.g. `https://ws.lrs.education.gov.uk`; the two service paths are appended. */
  @EnvUrl()
  LRS_BASE_URL!: string;

  /** PKCS#12 client certificate for mutual TLS; required for an `https` base URL. */
  @ValidateIf(
    (env: LearnerRecordsEnv) => env.LRS_BASE_URL?.startsWith('https:') || env.LRS_PFX_PATH !== undefined,
  )
  @IsNotEmpty({ message: 'LRS_PFX_PATH is required for an https LRS_BASE_URL (mutual TLS)' })
  LRS_PFX_PATH?: string;

  @ValidateIf((env: LearnerRecordsEnv) => env.LRS_PFX_PATH !== undefined)
  @EnvSecret()
  PFX_FILE_PASSWORD?: string;

  @IsOptional()
  LRS_CA_PATH?: string;

  @EnvRequired()
  UK_PRN!: string;

  @EnvSecret()
  ORG_PASSWORD!: string;

  @EnvRequired()
  VENDOR_ID!: string;

  @IsOptional()
  @EnvNumber(SECONDS)
  LRS_CONNECT_TIMEOUT = 20;

  @IsOptional()
  @EnvNumber(SECONDS)
  LRS_WRITE_TIMEOUT = 20;

  @IsOptional()
  @EnvNumber(SECONDS)
  LRS_READ_TIMEOUT = 20;

  @IsOptional()
  @EnvInteger({ min: 1, max: 1000 })
  LRS_BREAKER_FAILURE_THRESHOLD = 5;

  @IsOptional()
  @EnvNumber(SECONDS)
  LRS_BREAKER_RESET_SECONDS = 5;
}

/** What every deployment must set (the deployment tests check the manifests and compose provide them). */
export const REQUIRED_ENV = requiredVariables(LearnerRecordsEnv);

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

/** The LRS client's settings, from the validated environment. */
export function learnerRecordsConfig(env: LearnerRecordsEnv): LearnerRecordsConfig {
  const seconds = env.LRS_CONNECT_TIMEOUT + env.LRS_WRITE_TIMEOUT + env.LRS_READ_TIMEOUT;
  return {
    lrs: {
      baseUrl: env.LRS_BASE_URL.replace(/\/+$/, ''),
      pfxPath: env.LRS_PFX_PATH,
      pfxPassword: env.PFX_FILE_PASSWORD,
      caPath: env.LRS_CA_PATH,
      ukprn: env.UK_PRN,
      orgPassword: env.ORG_PASSWORD,
      vendorId: env.VENDOR_ID,
      timeoutMs: Math.round(seconds * 1000),
      breaker: {
        failureThreshold: env.LRS_BREAKER_FAILURE_THRESHOLD,
        resetTimeoutMs: Math.round(env.LRS_BREAKER_RESET_SECONDS * 1000),
      },
    },
  };
}
