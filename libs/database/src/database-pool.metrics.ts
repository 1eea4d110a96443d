import { Injectable, OnModuleInit, Optional } from '@nestjs/common';
import { MetricsService } from '@libs/platform';
import type { Pool } from 'pg';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { POOL_SIZE } from './database.options';

/**
 * The connection pool, read at scrape time (nothing runs between scrapes):
 * `database_pool_connections{state="in_use"|"idle"}`, `database_pool_waiting_requests` (queries queued
 * for a free connection: the pool is saturated) and `database_pool_max_connections`.
 */
@Injectable()
export class DatabasePoolMetrics implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    // Optional so the module also serves tools that run without PlatformModule (e.g. migration scripts).
    @Optional() private readonly metrics?: MetricsService,
  ) {}

  onModuleInit(): void {
    if (!this.metrics) return;
    const registers = [this.metrics.registry];
    const pool = () => (this.dataSource.driver as PostgresDriver).master as Pool | undefined;
    new Gauge({
      name: 'database_pool_connections',
      help: 'Connections of the database pool, by state',
      labelNames: ['state'],
      registers,
      collect() {
        const current = pool();
        this.set({ state: 'in_use' }, current ? current.totalCount - current.idleCount : 0);
        this.set({ state: 'idle' }, current?.idleCount ?? 0);
      },
    });
    new Gauge({
      name: 'database_pool_waiting_requests',
      help: 'Queries waiting for a free connection of the database pool',
      registers,
      collect() {
        this.set(pool()?.waitingCount ?? 0);
      },
    });
    new Gauge({
      name: 'database_pool_max_connections',
      help: 'Size limit of the database pool',
      registers,
      collect() {
        this.set(POOL_SIZE);
      },
    });
  }
}
