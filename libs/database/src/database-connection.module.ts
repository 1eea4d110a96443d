import { FactoryProvider, Logger, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DATABASE_CONNECTION_TOKEN, DATABASE_URL_TOKEN } from './database.constants';
import { EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';

/** Where the app's database lives: an external server, or an embedded one this process owns. */
export interface DatabaseConnection {
  url: string;
  embedded?: EmbeddedPostgres;
}

function nonBlank(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

const connectionProvider: FactoryProvider<Promise<DatabaseConnection>> = {
  provide: DATABASE_CONNECTION_TOKEN,
  // ConfigService (from PlatformModule) also sees an ENV_FILE; without it, the process env is the source.
  inject: [{ token: ConfigService, optional: true }],
  useFactory: async (config?: ConfigService) => {
    const setting = (name: string) => nonBlank(config ? config.get<string>(name) : process.env[name]);
    const url = setting('DATABASE_URL');
    if (url) return { url };

    const dataDir = setting('EMBEDDED_DB_DIR');
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
