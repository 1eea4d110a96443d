import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mutualTlsServerOptions, readConfig, REQUIRED_ENV, UPSTREAM_URL_VARIABLES } from './config';

const BASE_ENV: NodeJS.ProcessEnv = Object.fromEntries(
  REQUIRED_ENV.map((name) => [
    name,
    name.endsWith('_URL') ? `http://localhost:9090/${name}` : `value-of-${name}`,
  ]),
);

describe('readConfig', () => {
  it('reads every upstream URL and applies the documented defaults', () => {
    const config = readConfig(BASE_ENV);
    expect(config.upstreamUrls.prisonApi).toBe('http://localhost:9090/PRISON_API_URL');
    expect(Object.keys(config.upstreamUrls)).toHaveLength(Object.keys(UPSTREAM_URL_VARIABLES).length);
    expect(config.upstreamTimeoutMs).toBe(15_000);
    expect(config.upstreamRetries).toBe(2);
    expect(config.mutualTls).toBe(false);
  });

  it('refuses a base URL that is not http(s)', () => {
    expect(() => readConfig({ ...BASE_ENV, PRISON_API_URL: 'prison-api.local' })).toThrow(
      'PRISON_API_URL must be an http(s) URL, got prison-api.local',
    );
  });

  it('refuses a timeout that is not a whole number', () => {
    expect(() => readConfig({ ...BASE_ENV, UPSTREAM_TIMEOUT_MS: '2s' })).toThrow(
      'UPSTREAM_TIMEOUT_MS must be a whole number, got 2s',
    );
  });

  it('requires all three TLS files once one is given', () => {
    expect(() => readConfig({ ...BASE_ENV, TLS_CERT: '/cert.pem' })).toThrow(
      'Mutual TLS needs all of TLS_CERT, TLS_KEY and TLS_CA',
    );
  });
});

describe('mutualTlsServerOptions', () => {
  it('requires and verifies client certificates when the files are given', () => {
    const directory = mkdtempSync(join(tmpdir(), 'hmpps-tls-config-'));
    try {
      for (const name of ['cert', 'key', 'ca']) writeFileSync(join(directory, name), `${name} pem`);
      const options = mutualTlsServerOptions({
        TLS_CERT: join(directory, 'cert'),
        TLS_KEY: join(directory, 'key'),
        TLS_CA: join(directory, 'ca'),
      });
      expect(options).toMatchObject({ requestCert: true, rejectUnauthorized: true });
      expect(String(options?.ca)).toBe('ca pem');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('leaves the app on plain HTTP without them', () => {
    expect(mutualTlsServerOptions({})).toBeUndefined();
  });
});
