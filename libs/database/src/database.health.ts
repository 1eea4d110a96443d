import { Inject, Injectable, OnModuleInit, Optional } from '@nestjs/common';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import { HealthDetail, HealthRegistry } from '@libs/platform';
import { DataSource } from 'typeorm';
import { DATABASE_MODULE_OPTIONS } from './database.constants';
import type { DatabaseModuleOptions } from './database.options';

const CHECK_TIMEOUT_MS = 2_000;

/**
 * The `db` component of /health: terminus's TypeORM ping, answered within two seconds or reported DOWN;
 * also checked by /health/readiness when the app says it cannot serve without it (`requiredForReadiness`).
 */
@Injectable()
export class DatabaseHealth implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly typeorm: TypeOrmHealthIndicator,
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
    const result = await this.typeorm.pingCheck('db', {
      connection: this.dataSource,
      timeout: CHECK_TIMEOUT_MS,
    });
    const { status, message } = result.db as { status: string; message?: string };
    return status === 'up'
      ? { status: 'UP', details: { database: 'PostgreSQL' } }
      : { status: 'DOWN', details: { database: 'PostgreSQL', error: message ?? 'no answer' } };
  }
}
