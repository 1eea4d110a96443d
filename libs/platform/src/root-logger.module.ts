import { DynamicModule, Module } from '@nestjs/common';
import { createRootLogger } from './logging';

/** The app's root pino logger: under every `AppLogger`, Nest's own logging and the request hooks. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

@Module({})
export class RootLoggerModule {
  static forRoot(appName: string): DynamicModule {
    return {
      module: RootLoggerModule,
      global: true,
      // Built when the app is created, so LOG_LEVEL and a test's log destination apply.
      providers: [{ provide: ROOT_LOGGER, useFactory: () => createRootLogger(appName) }],
      exports: [ROOT_LOGGER],
    };
  }
}
