import { randomBytes } from 'node:crypto';
import type { ConfigProblems } from '@libs/platform';
import { readVeraConfig } from './config';

describe('readVeraConfig', () => {
  const env = {
    HMPPS_AUTH_URL: 'https://sign-in.hmpps.service.justice.gov.uk/auth',
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
      'DFE_SECURITY_SECRET is required in single-provider mode (DFE_SECURITY_CLIENT_ID is set); DFE_SECURITY_UKPRN is required in single-provider mode (DFE_SECURITY_CLIENT_ID is set)',
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
    const production = { ...env, NODE_ENV: 'production', DATABASE_URL: 'postgres://vera@db/vera' };
    expect(() => readVeraConfig(production)).toThrow(/VERA_PUBLIC_URL is required in production/);
    expect(() => readVeraConfig({ ...production, VERA_PUBLIC_URL: 'http://vera.example' })).toThrow(
      /https in production/,
    );
    expect(readVeraConfig({ ...production, VERA_PUBLIC_URL: 'https://vera.example/' }).publicUrl).toBe(
      'https://vera.example',
    );
    expect(readVeraConfig(env).publicUrl).toBeUndefined();
  });

  it.each([
    [{ VERA_SESSION_SECRET: 'short' }, /at least 32 characters/],
    [{ VERA_SESSION_SECRET: `${'x'.repeat(32)},short` }, /at least 32 characters/],
    [{ VERA_SESSION_SECRET: `${'x'.repeat(32)},${'x'.repeat(32)}` }, /twice/],
    [{ VERA_PUBLIC_URL: 'vera.example' }, /absolute URL/],
    [{ VERA_PUBLIC_URL: 'https://vera.example/?next=x' }, /without credentials, query or fragment/],
    [{ VERA_TIMEOUT_MS: '0' }, /VERA_TIMEOUT_MS must be at least 1/],
    [{ VERA_TIMEOUT_MS: '2.5' }, /VERA_TIMEOUT_MS must be a whole number/],
    [{ VERA_SECRET_KEYS: 'k1:c2hvcnQ=' }, /VERA_SECRET_KEYS key "k1" must be 32 bytes/],
    [{ VERA_SECURE_COOKIES: 'yes' }, /VERA_SECURE_COOKIES must be true or false/],
    [{ DFE_SECURITY_CLIENT_ID: 'c', DFE_SECURITY_SECRET: 's', DFE_SECURITY_UKPRN: '123' }, /8 digits/],
  ])('refuses %p', (override: Record<string, string>, message) => {
    expect(() => readVeraConfig({ ...env, ...override })).toThrow(message);
  });

  it('reports every bad variable at once, in production too, never quoting a secret', () => {
    let problems: readonly string[] = [];
    try {
      readVeraConfig({
        NODE_ENV: 'production',
        VERA_API_BASE_URL: 'not a url',
        VERA_SECRET_KEYS: 'local1:bi8idNjsuSmUaaHSI0msubxXP9z+uSWhD4TsuzoDaaY=',
        VERA_SESSION_SECRET: 'short-secret',
        DFE_SECURITY_CLIENT_ID: 'c',
        DFE_SECURITY_SECRET: 'stub-secret',
        DFE_SECURITY_UKPRN: '10001234',
      });
    } catch (error) {
      problems = (error as ConfigProblems).problems;
    }
    expect(problems).toEqual([
      'HMPPS_AUTH_URL is required',
      'VERA_API_BASE_URL must be an http or https URL',
      'DFE_SECURITY_TENANT_ID is required',
      'DFE_SECURITY_RESOURCE is required',
      'DFE_SECURITY_SECRET holds a placeholder or local value, refused in production',
      'VERA_SECRET_KEYS holds a placeholder or local value, refused in production',
      'VERA_SESSION_SECRET must be one or more comma-separated secrets of at least 32 characters each',
      'VERA_PUBLIC_URL is required in production: sign-in links are never built from the Host header',
      'DATABASE_URL is required in production: the embedded database is for local runs (ALLOW_EMBEDDED_DATABASE=true allows it)',
    ]);
    expect(problems.join(' ')).not.toMatch(/short-secret|stub-secret|bi8id/);
  });
});
