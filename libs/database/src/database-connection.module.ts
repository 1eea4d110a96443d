import { FactoryProvider, Logger, Module } from '@nestjs/common';
import { allowsOnlyADatabaseServer, DatabaseEnv, loadEnv } from '@libs/platform';
import { DATABASE_CONNECTION_TOKEN, DATABASE_URL_TOKEN } from './database.constants';
import { EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';

/** Where the app's database lives: an external server, or an embedded one this process owns. */
export interface DatabaseConnection {
  url: string;
  embedded?: EmbeddedPostgres;
}

const connectionProvider: FactoryProvider<Promise<DatabaseConnection>> = {
  provide: DATABASE_CONNECTION_TOKEN,
  // The app's validated environment; a bare testing module without one reads the process env the same way.
  inject: [{ token: DatabaseEnv, optional: true }],
  useFactory: async (appEnv?: DatabaseEnv) => {
    const env = appEnv ?? loadEnv('database', DatabaseEnv);
    if (env.DATABASE_URL) return { url: env.DATABASE_URL };
    // The schema already refuses this; checked again here so no other route reaches an embedded database.
    if (allowsOnlyADatabaseServer(env)) throw new Error('DATABASE_URL is required in production');

    const dataDir = env.EMBEDDED_DB_DIR;
    const embedded = await startEmbeddedPostgres({ dataDir });
    new Logger('Database').log(
      `DATABASE_URL is not set: started embedded PostgreSQL (${dataDir ? `data in ${dataDir}` : 'in memory'})`,
    );
    return { url: embedded.url, embedded };
  },
};

const urlProvider: FactoryProvider<string> = {
  provide: DATABASE_URL_TOKEN,
  inject: [DATABASE_CONNECTION_TOKEN],
  useFactory: (connection: DatabaseConnection) => connection.url,
};

/** Resolves the connection once per app, for TypeORM and for DATABASE_URL_TOKEN users alike. */
@Module({
  providers: [connectionProvider, urlProvider],
  exports: [DATABASE_CONNECTION_TOKEN, DATABASE_URL_TOKEN],
})
export class DatabaseConnectionModule {}
