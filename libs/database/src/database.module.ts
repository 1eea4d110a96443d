import { DynamicModule, Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PLATFORM_OPTIONS, PlatformModuleOptions } from '@libs/platform';
import { DATABASE_CONNECTION_TOKEN, DATABASE_MODULE_OPTIONS } from './database.constants';
import { DatabaseConnection, DatabaseConnectionModule } from './database-connection.module';
import { DatabaseHealth } from './database.health';
import { DatabaseLifecycle } from './database.lifecycle';
import { DatabasePoolMetrics } from './database-pool.metrics';
import { DatabaseModuleOptions, typeOrmOptions } from './database.options';

/**
 * TypeORM on PostgreSQL: `DATABASE_URL` when set, otherwise an embedded PostgreSQL owned by this
 * process. Migrations run at start; the schema is never synchronised. `/health` shows it as `db`; the
 * pool's connections are in the metrics.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        DatabaseConnectionModule,
        TerminusModule.forRoot({ logger: false }),
        TypeOrmModule.forRootAsync({
          imports: [DatabaseConnectionModule],
          inject: [DATABASE_CONNECTION_TOKEN, { token: PLATFORM_OPTIONS, optional: true }],
          useFactory: (connection: DatabaseConnection, platform?: PlatformModuleOptions) =>
            typeOrmOptions(connection.url, options, platform?.name),
        }),
      ],
      providers: [
        { provide: DATABASE_MODULE_OPTIONS, useValue: options },
        DatabaseHealth,
        DatabaseLifecycle,
        DatabasePoolMetrics,
      ],
      exports: [DatabaseConnectionModule],
    };
  }
}
