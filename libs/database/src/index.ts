export { DatabaseModule } from './database.module';
export type { DatabaseModuleOptions, EntityDefinition } from './database.options';
export { DATABASE_URL_TOKEN } from './database.constants';
export { startEmbeddedPostgres } from './embedded-postgres';
export type { EmbeddedPostgres, EmbeddedPostgresOptions } from './embedded-postgres';
export { runStatement } from './run-statement';
export type { StatementResult } from './run-statement';
