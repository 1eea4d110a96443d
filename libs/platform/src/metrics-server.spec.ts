import { metricsPort } from './metrics-server';

describe('metricsPort', () => {
  it('is the app port + 10000 by default, and free when the app listens on a free port', () => {
    expect(metricsPort(8080, {})).toBe(18080);
    expect(metricsPort(0, {})).toBe(0);
  });

  it('is METRICS_PORT when set (0 = a free port)', () => {
    expect(metricsPort(8080, { METRICS_PORT: '9464' })).toBe(9464);
    expect(metricsPort(8080, { METRICS_PORT: '0' })).toBe(0);
  });

  it('refuses a METRICS_PORT that is no port, and a default past the last port', () => {
    for (const setting of ['abc', '-1', '65536', '1.5', '0x10']) {
      expect(() => metricsPort(8080, { METRICS_PORT: setting })).toThrow(
        /^METRICS_PORT must be a port number/,
      );
    }
    expect(() => metricsPort(60000, {})).toThrow(
      'the default metrics port (60000 + 10000) is not a port: set METRICS_PORT',
    );
  });
});
