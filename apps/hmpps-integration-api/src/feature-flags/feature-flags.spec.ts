import { FEATURE_FLAG_NAMES, featureFlagVariable, FeatureFlags } from './feature-flags';

describe('FeatureFlags', () => {
  it('has the reference defaults per environment', () => {
    const prod = FeatureFlags.forEnvironment('prod', {});
    const local = FeatureFlags.forEnvironment('local', {});
    expect(prod.value('use-active-alerts-endpoint')).toBe(false);
    expect(local.value('use-active-alerts-endpoint')).toBe(true);
    expect(prod.value('course-completion-event-enabled')).toBe(true);
    expect(FeatureFlags.forEnvironment('preprod', {}).value('course-completion-event-enabled')).toBe(false);
    expect(
      FeatureFlags.forEnvironment('dev', {}).value('person-languages-changed-notifications-enabled'),
    ).toBe(false);
    expect(local.value('epf-gateway-disabled')).toBeUndefined();
    expect(prod.value('epf-gateway-disabled')).toBe(true);
  });

  it('keeps the seed-era behaviours off everywhere by default', () => {
    for (const environment of ['local', 'dev', 'preprod', 'prod'] as const) {
      const flags = FeatureFlags.forEnvironment(environment, {});
      expect([flags.value('seed-pnd-alerts'), flags.value('seed-expression-of-interest')]).toEqual([
        false,
        false,
      ]);
    }
  });

  it('lets a FEATURE_FLAG_* variable override each flag, and refuses a value that is not a boolean', () => {
    expect(featureFlagVariable('use-active-alerts-endpoint')).toBe('FEATURE_FLAG_USE_ACTIVE_ALERTS_ENDPOINT');
    const flags = FeatureFlags.forEnvironment('prod', {
      FEATURE_FLAG_USE_ACTIVE_ALERTS_ENDPOINT: 'true',
      FEATURE_FLAG_EPF_GATEWAY_DISABLED: 'false',
    });
    expect(flags.isEnabled('use-active-alerts-endpoint')).toBe(true);
    expect(flags.value('epf-gateway-disabled')).toBe(false);
    expect(() =>
      FeatureFlags.forEnvironment('prod', {
        FEATURE_FLAG_CSRA_ENDPOINT: 'yes',
        FEATURE_FLAG_CPR_ENABLED: '1',
      }),
    ).toThrow(
      'FEATURE_FLAG_CSRA_ENDPOINT must be true or false, got yes; FEATURE_FLAG_CPR_ENABLED must be true or false, got 1',
    );
    expect(FEATURE_FLAG_NAMES).toHaveLength(28);
  });

  it('applies X-Feature-Override settings on top, without changing the environment flags', () => {
    const prod = FeatureFlags.forEnvironment('prod', {});
    const overridden = prod.withOverrides(
      'seed-pnd-alerts=true, use-active-alerts-endpoint=true,cpr-enabled=false',
    );
    expect(overridden).toBeInstanceOf(FeatureFlags);
    const flags = overridden as FeatureFlags;
    expect([flags.isEnabled('seed-pnd-alerts'), flags.isEnabled('use-active-alerts-endpoint')]).toEqual([
      true,
      true,
    ]);
    expect(flags.value('cpr-enabled')).toBe(false);
    expect(prod.isEnabled('seed-pnd-alerts')).toBe(false);
  });

  it.each(['unknown-flag=true', 'seed-pnd-alerts=yes', 'seed-pnd-alerts', 'a=b=c', '', 'toString=true'])(
    'refuses the override %p',
    (header) => {
      expect(FeatureFlags.forEnvironment('prod', {}).withOverrides(header)).toBe(
        'X-Feature-Override must be a comma-separated list of <known feature flag>=true|false',
      );
    },
  );
});
