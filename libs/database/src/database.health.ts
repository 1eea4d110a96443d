import { Inject, Injectable, OnModuleInit, Optional } from '@nestjs/common';
import { HealthDetail, HealthRegistry } from '@libs/platform';
import { DataSource } from 'typeorm';
import { DATABASE_MODULE_OPTIONS } from './database.constants';
import type { DatabaseModuleOptions } from './database.options';

const CHECK_TIMEOUT_MS = 2_000;

/**
 * The `db` component of /health: one `SELECT 1`, answered within two seconds or reported DOWN; also
 * checked by /health/readiness when the app says it cannot serve without it (`requiredForReadiness`).
 */
@Injectable()
export class DatabaseHealth implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(DATABASE_MODULE_OPTIONS) private readonly options: DatabaseModuleOptions,
    // Optional so the module also serves tools that run without PlatformModule (e.g. migration scripts).
    @Optional() private readonly registry?: HealthRegistry,
  ) {}

  onModuleInit(): void {
    this.registry?.register('db', () => this.check(), {
      requiredForReadiness: this.options.requiredForReadiness === true,
    });
  }

  async check(): Promise<HealthDetail> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
        CHECK_TIMEOUT_MS,
      );
    });
    try {
      await Promise.race([this.dataSource.query('SELECT 1'), timeout]);
      return { status: 'UP', details: { database: 'PostgreSQL' } };
    } catch (error) {
      return { status: 'DOWN', details: { database: 'PostgreSQL', error: (error as Error).message } };
    } finally {
      clearTimeout(timer);
    }
  }
}
