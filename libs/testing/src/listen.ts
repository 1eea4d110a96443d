import { createApp, MetricsServer, metricsPort, PlatformOptions } from '@libs/platform';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AddressInfo } from 'node:net';
import { applyEnv, EnvOverrides } from './env';

export interface StartedApp {
  /** Base URL on the loopback interface, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  url: string;
  /** Base URL of the app's metrics server (`${metricsUrl}/metrics`); a free port unless `METRICS_PORT` is set. */
  metricsUrl: string;
  app: NestFastifyApplication;
  close(): Promise<void>;
}

/**
 * Creates an app exactly as its main.ts would (same platform options) and listens on a free loopback
 * port, its metrics on another. `env` is in force while the app is created and restored when it closes.
 */
export async function listenOnLoopback(
  appModule: Parameters<typeof createApp>[0],
  platform: PlatformOptions,
  env: EnvOverrides,
): Promise<StartedApp> {
  const restoreEnv = applyEnv(env);
  let app: NestFastifyApplication | undefined;
  let metricsUrl: string;
  try {
    app = await createApp(appModule, platform);
    await app.listen(0, '127.0.0.1');
    metricsUrl = await app.get(MetricsServer).listen(metricsPort(0), '127.0.0.1');
  } catch (error) {
    await app?.close();
    restoreEnv();
    throw error;
  }
  const started = app;
  const { port } = started.getHttpServer().address() as AddressInfo;
  return {
    url: `${platform.https ? 'https' : 'http'}://127.0.0.1:${port}`,
    metricsUrl,
    app: started,
    close: async () => {
      try {
        await started.close();
      } finally {
        restoreEnv();
      }
    },
  };
}
