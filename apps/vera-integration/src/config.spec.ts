import { randomBytes } from 'node:crypto';
import { readVeraConfig } from './config';

describe('readVeraConfig', () => {
  const env = {
    VERA_API_BASE_URL: 'https://api.sandbox.view-education-record.education.gov.uk/api/v1/education-records',
    DFE_SECURITY_TENANT_ID: 'tenant',
    DFE_SECURITY_RESOURCE: 'api://vera',
    VERA_SECRET_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    VERA_SESSION_SECRET: 'x'.repeat(32),
  };

  it('adds the trailing slash the reference needed and applies the documented defaults', () => {
    const config = readVeraConfig(env);
    expect(config.apiBaseUrl).toBe(
      'https://api.sandbox.view-education-record.education.gov.uk/api/v1/education-records/',
    );
    expect(config).toMatchObject({
      entraAuthorityUrl: 'https://login.microsoftonline.com',
      timeoutMs: 10_000,
      sessionMinutes: 480,
      secureCookies: true,
      singleProvider: undefined,
    });
  });

  it('reads single-provider mode and names what it is missing', () => {
    expect(() => readVeraConfig({ ...env, DFE_SECURITY_CLIENT_ID: 'c' })).toThrow(
      'DFE_SECURITY_CLIENT_ID is set (single-provider mode) but DFE_SECURITY_SECRET and DFE_SECURITY_UKPRN are not',
    );
    const config = readVeraConfig({
      ...env,
      DFE_SECURITY_CLIENT_ID: 'c',
      DFE_SECURITY_SECRET: 's',
      DFE_SECURITY_UKPRN: '10001234',
    });
    expect(config.singleProvider).toEqual({
      ukprn: '10001234',
      clientId: 'c',
      clientSecret: 's',
      displayName: 'Provider 10001234',
    });
  });

  it('reads several session secrets (the first signs) for a two-phase rotation', () => {
    const config = readVeraConfig({ ...env, VERA_SESSION_SECRET: `${'n'.repeat(32)}, ${'o'.repeat(32)}` });
    expect(config.sessionSecrets).toEqual(['n'.repeat(32), 'o'.repeat(32)]);
  });

  it('requires VERA_PUBLIC_URL (https) in production, so links never come from a request', () => {
    expect(() => readVeraConfig({ ...env, NODE_ENV: 'production' })).toThrow(
      /VERA_PUBLIC_URL is required in production/,
    );
    expect(() =>
      readVeraConfig({ ...env, NODE_ENV: 'production', VERA_PUBLIC_URL: 'http://vera.example' }),
    ).toThrow(/https in production/);
    expect(
      readVeraConfig({ ...env, NODE_ENV: 'production', VERA_PUBLIC_URL: 'https://vera.example/' }).publicUrl,
    ).toBe('https://vera.example');
    expect(readVeraConfig(env).publicUrl).toBeUndefined();
  });

  it.each([
    [{ VERA_SESSION_SECRET: 'short' }, /at least 32 characters/],
    [{ VERA_SESSION_SECRET: `${'x'.repeat(32)},short` }, /at least 32 characters/],
    [{ VERA_SESSION_SECRET: `${'x'.repeat(32)},${'x'.repeat(32)}` }, /twice/],
    [{ VERA_PUBLIC_URL: 'vera.example' }, /absolute URL/],
    [{ VERA_PUBLIC_URL: 'https://vera.example/?next=x' }, /without credentials, query or fragment/],
    [{ VERA_TIMEOUT_MS: '0' }, /VERA_TIMEOUT_MS must be a positive whole number/],
    [{ DFE_SECURITY_CLIENT_ID: 'c', DFE_SECURITY_SECRET: 's', DFE_SECURITY_UKPRN: '123' }, /8 digits/],
  ])('refuses %p', (override, message) => {
    expect(() => readVeraConfig({ ...env, ...override })).toThrow(message);
  });
});
