import { ConfigProblems } from '@libs/platform';
import { readBrmConfig, REQUIRED_ENV } from './config';

const REQUIRED = {
  BRM_GRO_PROXY_URL: 'http://localhost:9090',
  BRM_DES_URL: 'http://localhost:9090',
  BRM_DES_ENVIRONMENT: 'dev',
  BRM_DES_AUTH_TOKEN: 'local-des-token',
};

describe('readBrmConfig', () => {
  it('lists the variables without a safe default as required', () => {
    expect(REQUIRED_ENV.sort()).toEqual(Object.keys(REQUIRED).sort());
  });

  it('uses the reference defaults', () => {
    const config = readBrmConfig(REQUIRED);
    expect(config.gro).toEqual({ baseUrl: 'http://localhost:9090', timeoutMs: 10000, responseFormat: 'v0' });
    expect(config.des).toEqual({
      baseUrl: 'http://localhost:9090',
      timeoutMs: 10000,
      environment: 'dev',
      authToken: 'local-des-token',
    });
    expect(config.matching).toEqual({
      firstName: true,
      lastName: true,
      dateOfBirth: true,
      matchOnMultiple: false,
      ignoreAdditionalNames: false,
    });
    expect(config.groFlagRules).toEqual({
      potentiallyFictitiousBirth: true,
      blockedRegistration: true,
      cancelled: true,
      marginalNote: true,
      reRegistered: true,
      correction: false,
    });
    expect(config.dateOfBirthFilter).toEqual({ enabled: true, cutOff: { year: 2009, month: 7, day: 1 } });
    expect(config.flagFeatures).toEqual({ logging: true, process: true });
    expect(config.switches).toEqual({
      gro: { enabled: true, reference: true, details: true },
      nrs: { enabled: true, reference: true, details: true },
      groni: { enabled: false, reference: false, details: false },
    });
    expect(config.auditingEnabled).toBe(true);
  });

  it('reads overrides', () => {
    const config = readBrmConfig({
      ...REQUIRED,
      BRM_GRO_RESPONSE_V1_ENABLED: 'TRUE',
      BRM_MATCHING_IGNORE_ADDITIONAL_NAMES: 'true',
      BRM_GRONI_DETAILS_ENABLED: 'true',
      BRM_DOB_VALIDATION_VALUE: '2010-01-31',
      BRM_GRO_TIMEOUT_MS: '250',
    });
    expect(config.gro.responseFormat).toBe('v1');
    expect(config.gro.timeoutMs).toBe(250);
    expect(config.matching.ignoreAdditionalNames).toBe(true);
    expect(config.switches.groni).toEqual({ enabled: false, reference: false, details: true });
    expect(config.dateOfBirthFilter.cutOff).toEqual({ year: 2010, month: 1, day: 31 });
  });

  it.each([
    [{ BRM_MATCHING_FIRST_NAME: 'yes' }, 'BRM_MATCHING_FIRST_NAME must be true or false'],
    [
      { BRM_DOB_VALIDATION_VALUE: '2009-02-30' },
      'BRM_DOB_VALIDATION_VALUE must be a yyyy-MM-dd date from 1900',
    ],
    [{ BRM_GRO_TIMEOUT_MS: '0' }, 'BRM_GRO_TIMEOUT_MS must be at least 1'],
    [{ BRM_GRO_TIMEOUT_MS: '1.5' }, 'BRM_GRO_TIMEOUT_MS must be a whole number'],
    [{ BRM_DES_URL: 'not a url' }, 'BRM_DES_URL must be an http or https URL'],
    [{ BRM_DES_AUTH_TOKEN: ' ' }, 'BRM_DES_AUTH_TOKEN is required'],
  ])('refuses %p', (change, message) => {
    expect(() => readBrmConfig({ ...REQUIRED, ...change })).toThrow(message);
  });

  function problems(source: Record<string, string | undefined>): readonly string[] {
    try {
      readBrmConfig(source);
    } catch (error) {
      if (error instanceof ConfigProblems) return error.problems;
      throw error;
    }
    throw new Error('the settings were accepted');
  }

  it('reports every bad variable at once, naming variables and never their values', () => {
    const reported = problems({
      BRM_GRO_PROXY_URL: 'http://localhost:9090',
      BRM_DES_AUTH_TOKEN: 'local-des-token',
      BRM_MATCHING_MATCH_ON_MULTIPLE: 'sometimes',
      BRM_DES_TIMEOUT_MS: 'soon',
    });
    expect([...reported].sort()).toEqual(
      [
        'BRM_DES_URL is required',
        'BRM_DES_ENVIRONMENT is required',
        'BRM_DES_TIMEOUT_MS must be a whole number',
        'BRM_MATCHING_MATCH_ON_MULTIPLE must be true or false',
      ].sort(),
    );
    expect(reported.join(' ')).not.toMatch(/sometimes|soon/);
  });

  it('refuses the local DES token in production (fails closed)', () => {
    expect(problems({ ...REQUIRED, NODE_ENV: 'production' })).toEqual([
      'BRM_DES_AUTH_TOKEN holds a placeholder or local value, refused in production',
    ]);
    expect(
      readBrmConfig({ ...REQUIRED, NODE_ENV: 'production', BRM_DES_AUTH_TOKEN: 'k8s-secret-9f2c' }).des
        .authToken,
    ).toBe('k8s-secret-9f2c');
  });
});
