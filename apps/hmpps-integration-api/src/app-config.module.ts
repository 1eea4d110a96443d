import { Global, Module } from '@nestjs/common';
import { PLATFORM_OPTIONS } from '@libs/platform';
import { AppConfig, readConfig } from './config';

/** The typed configuration, read once the platform has checked that every required variable is set. */
@Global()
@Module({
  providers: [
    {
      provide: AppConfig,
      useFactory: () => new AppConfig(readConfig(process.env)),
      inject: [PLATFORM_OPTIONS],
    },
  ],
  exports: [AppConfig],
})
export class AppConfigModule {}
