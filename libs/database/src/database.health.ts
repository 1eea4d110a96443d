import { Injectable, OnModuleInit, Optional } from '@nestjs/common';
import { HealthDetail, HealthRegistry } from '@libs/platform';
import { DataSource } from 'typeorm';

const CHECK_TIMEOUT_MS = 2_000;

/** The `db` component of /health: one `SELECT 1`, answered within two seconds or reported DOWN. */
@Injectable()
export class DatabaseHealth implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    // Optional so the module also serves tools that run without PlatformModule (e.g. migration scripts).
    @Optional() private readonly registry?: HealthRegistry,
  ) {}

  onModuleInit(): void {
    this.registry?.register('db', () => this.check());
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
