import { PlatformOptions } from '@libs/platform';
import { createTestDatabase, TestDatabase } from './database';
import { EnvOverrides } from './env';
import { listenOnLoopback, StartedApp } from './listen';

export interface StartAppOptions {
  env?: EnvOverrides;
  /** The same options the app's main.ts passes to `bootstrap`. */
  platform: PlatformOptions;
}

/**
 * Starts an app on a free loopback port. In the real-PostgreSQL pass (`TEST_DATABASE_URL` set) the app
 * gets a fresh database on that server, dropped on close, unless `env` names a `DATABASE_URL` itself.
 */
export async function startApp(
  appModule: Parameters<typeof listenOnLoopback>[0],
  { env = {}, platform }: StartAppOptions,
): Promise<StartedApp> {
  const database: TestDatabase | undefined =
    process.env.TEST_DATABASE_URL && !('DATABASE_URL' in env) ? await createTestDatabase() : undefined;
  try {
    const started = await listenOnLoopback(
      appModule,
      platform,
      database ? { ...env, DATABASE_URL: database.url } : env,
    );
    return {
      ...started,
      close: async () => {
        try {
          await started.close();
        } finally {
          await database?.drop();
        }
      },
    };
  } catch (error) {
    await database?.drop();
    throw error;
  }
}
