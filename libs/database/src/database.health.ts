import { Injectable, OnModuleInit, Optional } from '@nestjs/common';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import { HealthDetail, HealthRegistry } from '@libs/platform';
import { DataSource } from 'typeorm';

const CHECK_TIMEOUT_MS = 2_000;

/** The `db` component of /health: terminus's TypeORM ping, answered within two seconds or reported DOWN. */
@Injectable()
export class DatabaseHealth implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly typeorm: TypeOrmHealthIndicator,
    // Optional so the module also serves tools that run without PlatformModule (e.g. migration scripts).
    @Optional() private readonly registry?: HealthRegistry,
  ) {}

  onModuleInit(): void {
    this.registry?.register('db', () => this.check());
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
