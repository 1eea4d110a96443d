import { loadEnv } from '@libs/platform';
import { learnerRecordsConfig, LearnerRecordsEnv } from './config';

const base: Record<string, string> = {
  HMPPS_AUTH_URL: 'http://localhost:9090/auth',
  LRS_BASE_URL: 'http://localhost:9090/lrs/',
  UK_PRN: '10000001',
  ORG_PASSWORD: 'pw',
  VENDOR_ID: '01',
  HMPPS_SQS_QUEUES_AUDIT_QUEUE_NAME: 'hmpps-audit-queue',
};
const read = (env: Record<string, string>) =>
  learnerRecordsConfig(loadEnv('learner-records', LearnerRecordsEnv, env));

describe('learner-records configuration', () => {
  it('applies the documented defaults', () => {
    expect(read(base).lrs).toEqual({
      baseUrl: 'http://localhost:9090/lrs',
      pfxPath: undefined,
      pfxPassword: undefined,
      caPath: undefined,
      ukprn: '10000001',
      orgPassword: 'pw',
      vendorId: '01',
      timeoutMs: 60000,
      breaker: { failureThreshold: 5, resetTimeoutMs: 5000 },
    });
  });

  it('bounds a call by the sum of the three timeouts', () => {
    expect(
      read({ ...base, LRS_CONNECT_TIMEOUT: '0.5', LRS_WRITE_TIMEOUT: '0.5', LRS_READ_TIMEOUT: '1' }).lrs
        .timeoutMs,
    ).toBe(2000);
    expect(() => read({ ...base, LRS_READ_TIMEOUT: 'soon' })).toThrow('LRS_READ_TIMEOUT must be a number');
  });

  it('reads the LRS circuit breaker settings and rejects unusable ones', () => {
    expect(
      read({ ...base, LRS_BREAKER_FAILURE_THRESHOLD: '3', LRS_BREAKER_RESET_SECONDS: '0.5' }).lrs.breaker,
    ).toEqual({ failureThreshold: 3, resetTimeoutMs: 500 });
    expect(() => read({ ...base, LRS_BREAKER_FAILURE_THRESHOLD: '0' })).toThrow(
      'LRS_BREAKER_FAILURE_THRESHOLD must be at least 1',
    );
    expect(() => read({ ...base, LRS_BREAKER_RESET_SECONDS: '-1' })).toThrow(
      'LRS_BREAKER_RESET_SECONDS must be more than 0',
    );
  });

  it('requires a client certificate for https and its password with it', () => {
    expect(() => read({ ...base, LRS_BASE_URL: 'https://ws.lrs.education.gov.uk' })).toThrow(
      'LRS_PFX_PATH is required',
    );
    expect(() => read({ ...base, LRS_PFX_PATH: '/certs/client.pfx' })).toThrow(
      'PFX_FILE_PASSWORD is required',
    );
  });

  it('reports every missing or bad variable at once, blank ones as missing', () => {
    expect(() => read({ UK_PRN: ' ', LRS_READ_TIMEOUT: 'soon' })).toThrow(
      'learner-records cannot start: HMPPS_AUTH_URL must be an http or https URL; ' +
        'LRS_BASE_URL must be an http or https URL; UK_PRN is required; ORG_PASSWORD is required; ' +
        'VENDOR_ID is required; LRS_READ_TIMEOUT must be a number',
    );
  });
});
