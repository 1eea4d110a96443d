import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DATABASE_CONNECTION_TOKEN } from './database.constants';
import { DatabaseConnection } from './database-connection.module';

/**
 * Stops an embedded server after TypeORM has let go of it. Nest gives global modules no reliable hook
 * order, so this closes the DataSource itself (TypeORM's own shutdown hook then finds it closed).
 * Queue workers stop earlier, in `beforeApplicationShutdown`.
 */
@Injectable()
export class DatabaseLifecycle implements OnApplicationShutdown {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(DATABASE_CONNECTION_TOKEN) private readonly connection: DatabaseConnection,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.connection.embedded?.stop();
  }
}
