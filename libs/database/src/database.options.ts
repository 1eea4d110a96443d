import { Logger } from '@nestjs/common';
import { TypeOrmModuleOptions } from '@nestjs/typeorm';
import { EntitySchema, MigrationInterface } from 'typeorm';

export type EntityDefinition = (new (...args: never[]) => object) | EntitySchema;

export interface DatabaseModuleOptions {
  entities: EntityDefinition[];
  migrations: Array<new () => MigrationInterface>;
  /**
   * The app can serve nothing without its database: `/health/readiness` fails while `db` is DOWN.
   * Leave it off where most requests need no database, so that an outage of the one server every pod
   * shares does not take the service down whole.
   */
  requiredForReadiness?: boolean;
}

export const POOL_SIZE = 10;
const CONNECT_TIMEOUT_MS = 5_000;
// Server-side limits (a real PostgreSQL applies them per session; the embedded server ignores
// start-up parameters, so there they are inert rather than harmful). The statement limit also bounds
// migrations: one that needs longer (e.g. an index on a big table) sets its own with SET LOCAL.
const STATEMENT_TIMEOUT_MS = 30_000;
const IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;
const IDLE_CLIENT_TIMEOUT_MS = 30_000;

const logger = new Logger('Database');

export function typeOrmOptions(
  url: string,
  options: DatabaseModuleOptions,
  appName?: string,
): TypeOrmModuleOptions {
  return {
    type: 'postgres',
    url,
    applicationName: appName,
    entities: options.entities,
    migrations: options.migrations,
    migrationsRun: true,
    synchronize: false,
    logging: false,
    poolSize: POOL_SIZE,
    connectTimeoutMS: CONNECT_TIMEOUT_MS,
    extra: {
      statement_timeout: STATEMENT_TIMEOUT_MS,
      idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
      idleTimeoutMillis: IDLE_CLIENT_TIMEOUT_MS,
    },
    // An idle pooled client whose server went away emits an error; handling it (instead of letting it
    // crash the process) lets pg's pool drop that client and reconnect once the server is back.
    poolErrorHandler: (error: Error) => logger.warn(`Idle database connection failed: ${error.message}`),
    // Start-up only: a database that is briefly unavailable while the app starts is retried, then the
    // start fails loudly.
    retryAttempts: 5,
    retryDelay: 2_000,
  };
}
