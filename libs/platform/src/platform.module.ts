import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TerminusModule } from '@nestjs/terminus';
import { validateRequiredEnv } from './config-validation';
import { HealthController } from './health.controller';
import { HealthRegistry } from './health-registry';
import { InfoController } from './info.controller';
import { appLoggerProviders } from './app-logger';
import { RootLoggerModule } from './root-logger.module';
import { MetricsServer } from './metrics-server';
import { MetricsService } from './metrics.service';
import { PLATFORM_OPTIONS, PlatformModuleOptions } from './platform-options';

/** Config, logging, metrics (served on their own port, see MetricsServer), health and info: the part every app has in common. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformModuleOptions): DynamicModule {
    const envFile = process.env.ENV_FILE;
    return {
      module: PlatformModule,
      imports: [
        // Values from ENV_FILE are copied into process.env; validation runs when the app is created
        // (not when this module is defined), so tests may set variables after importing the module.
        ConfigModule.forRoot({ isGlobal: true, envFilePath: envFile, ignoreEnvFile: !envFile }),
        // Health results are reported by /health itself; terminus's own error log would repeat them.
        TerminusModule.forRoot({ logger: false }),
        RootLoggerModule.forRoot(options.name),
      ],
      controllers: [HealthController, InfoController],
      providers: [
        {
          provide: PLATFORM_OPTIONS,
          useFactory: () => {
            validateRequiredEnv(options.name, options.required, process.env);
            return options;
          },
        },
        HealthRegistry,
        MetricsService,
        MetricsServer,
        ...appLoggerProviders(),
      ],
      exports: [
        ...appLoggerProviders().map((provider) => (provider as { provide: string }).provide),
        PLATFORM_OPTIONS,
        HealthRegistry,
        MetricsService,
        MetricsServer,
        TerminusModule,
      ],
    };
  }
}
