import { Global, Module } from '@nestjs/common';
import { AppConfig, hmppsIntegrationConfig, HmppsIntegrationEnv } from './config';

/** The services' typed configuration, from the environment the platform validated at start. */
@Global()
@Module({
  providers: [
    {
      provide: AppConfig,
      useFactory: (env: HmppsIntegrationEnv) => new AppConfig(hmppsIntegrationConfig(env)),
      inject: [HmppsIntegrationEnv],
    },
  ],
  exports: [AppConfig],
})
export class AppConfigModule {}
