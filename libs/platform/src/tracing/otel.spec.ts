import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serviceNameFromEntry, tracingConfigured, tracingStarted } from './otel';

const APPS = join(__dirname, '..', '..', '..', '..', 'apps');

describe('OpenTelemetry start-up', () => {
  it('is off unless an OTLP endpoint or a traces exporter is configured', () => {
    expect(tracingConfigured({})).toBe(false);
    expect(tracingConfigured({ OTEL_SERVICE_NAME: 'x', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toBe(false);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' })).toBe(
      true,
    );
    expect(tracingConfigured({ OTEL_TRACES_EXPORTER: 'otlp' })).toBe(true);
    expect(
      tracingConfigured({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' }),
    ).toBe(false);
    expect(
      tracingConfigured({ OTEL_SDK_DISABLED: 'true', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' }),
    ).toBe(false);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: '  ' })).toBe(false);
  });

  it('has not started in the tests, which configure none', () => {
    expect(tracingStarted()).toBe(false);
  });

  it("names the service after the app's folder when OTEL_SERVICE_NAME is not set", () => {
    expect(serviceNameFromEntry('/app/dist/apps/learner-records/main.js')).toBe('learner-records');
    expect(serviceNameFromEntry('/app/dist/apps/hmpps-integration-api/src/main.js')).toBe(
      'hmpps-integration-api',
    );
    expect(serviceNameFromEntry('/usr/bin/some-script.js')).toBeUndefined();
    expect(serviceNameFromEntry(undefined)).toBeUndefined();
  });

  it('starts before the app loads what it instruments: every main.ts imports @libs/platform first', () => {
    const mains = readdirSync(APPS).map((app) => join(APPS, app, 'src', 'main.ts'));
    expect(mains.length).toBeGreaterThanOrEqual(5);
    for (const main of mains) {
      const firstImport = readFileSync(main, 'utf8')
        .split('\n')
        .find((line) => line.startsWith('import '));
      expect({ main, firstImport }).toEqual({
        main,
        firstImport: expect.stringMatching(/from '@libs\/platform';$/),
      });
    }
  });
});
