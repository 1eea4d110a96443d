import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnModuleInit,
  Optional,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import { Client } from 'pg';
import { PLATFORM_OPTIONS, PlatformModuleOptions } from '@libs/platform';
import { DATABASE_URL_TOKEN } from '@libs/database';
import { dlqOf, QueueCatalogue } from './queue-catalogue';
import { QUEUE_MODULE_OPTIONS, QueueModuleOptions } from './queue.options';

export type QueueSendOptions = Pick<PgBoss.SendOptions, 'id' | 'priority' | 'startAfter' | 'expireInSeconds'>;

export type QueueHandler<T> = (payload: T, message: { id: string; queue: string }) => Promise<void>;

export interface DlqMessage {
  id: string;
  body: unknown;
  createdOn: Date;
  /** Why the last attempt on the original queue failed, when the worker's error said so. */
  error?: string;
}

export interface DlqRetryCount {
  dlq: string;
  count: number;
}

const SCHEMA = 'pgboss';
const POOL_SIZE = 5;
const STOP_TIMEOUT_MS = 10_000;
const CONNECT_TIMEOUT_MS = 5_000;
const RETRY_BATCH_SIZE = 100;
const DEFAULTS = { retryLimit: 3, retryDelaySeconds: 5, pollingIntervalSeconds: 2 };

/**
 * Durable queues on the app's PostgreSQL (pg-boss, schema `pgboss`). Each queue has a dead-letter
 * queue that receives a message once its retries are used up; the admin operations (peek, retry,
 * purge) mirror what the HMPPS SQS library offers for SQS dead-letter queues.
 */
@Injectable()
export class QueueService implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(QueueService.name);
  private readonly boss: PgBoss;
  private readonly catalogue: QueueCatalogue;
  private readonly settings: Required<Omit<QueueModuleOptions, 'queues' | 'auditService'>>;
  private started?: Promise<void>;
  private stopping = false;

  constructor(
    @Inject(DATABASE_URL_TOKEN) private readonly databaseUrl: string,
    @Inject(QUEUE_MODULE_OPTIONS) options: QueueModuleOptions,
    @Optional() @Inject(PLATFORM_OPTIONS) platform?: PlatformModuleOptions,
  ) {
    this.catalogue = new QueueCatalogue(options.queues);
    this.settings = {
      retryLimit: options.retryLimit ?? DEFAULTS.retryLimit,
      retryDelaySeconds: options.retryDelaySeconds ?? DEFAULTS.retryDelaySeconds,
      pollingIntervalSeconds: options.pollingIntervalSeconds ?? DEFAULTS.pollingIntervalSeconds,
    };
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      schema: SCHEMA,
      max: POOL_SIZE,
      application_name: platform ? `${platform.name}-queues` : undefined,
      // No cron schedules are used; skipping the clock monitor saves a poll of the database.
      schedule: false,
    });
    // Connection losses surface here (pg-boss retries on its own); unhandled, they would end the process.
    this.boss.on('error', (error: Error) => this.logger.error(`queue database error: ${error.message}`));
  }

  async onModuleInit(): Promise<void> {
    await this.ready();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (!this.started) return;
    try {
      await this.started;
      // Graceful: running handlers finish (up to the timeout) before the pool closes, and all of it
      // happens before the database goes away in the shutdown phase that follows.
      await this.boss.stop({ graceful: true, wait: true, timeout: STOP_TIMEOUT_MS });
    } catch (error) {
      this.logger.error(`queues did not stop cleanly: ${(error as Error).message}`);
    }
  }

  queueNames(): string[] {
    return this.catalogue.queueNames();
  }

  dlqNames(): string[] {
    return this.catalogue.dlqNames();
  }

  /** True for a queue or a dead-letter queue of this app. */
  isKnown(name: string): boolean {
    return this.catalogue.isKnown(name);
  }

  async send(queue: string, payload: object, options: QueueSendOptions = {}): Promise<string> {
    this.catalogue.assertQueue(queue);
    await this.ready();
    const id = await this.boss.send(queue, payload, options);
    // Only singleton/throttling options make pg-boss decline a message, and those are not offered.
    if (!id) throw new Error(`queue ${queue} did not accept the message`);
    return id;
  }

  /**
   * Queues several messages in one INSERT (all or none), e.g. the audit publisher's group commit.
   * pg-boss's insert reports no ids; without ids or singleton keys no row can conflict, so none is dropped.
   */
  async sendMany(queue: string, payloads: object[]): Promise<void> {
    this.catalogue.assertQueue(queue);
    await this.ready();
    await this.boss.insert(payloads.map((data) => ({ name: queue, data })));
  }

  /** Runs `handler` for each message; a handler that throws makes the message retry, then dead-letter. */
  async work<T extends object>(queue: string, handler: QueueHandler<T>): Promise<void> {
    this.catalogue.assertQueue(queue);
    await this.ready();
    await this.boss.work<T>(
      queue,
      { pollingIntervalSeconds: this.settings.pollingIntervalSeconds },
      async ([job]) => {
        try {
          await handler(job.data, { id: job.id, queue });
        } catch (error) {
          this.logger.warn(`message ${job.id} on ${queue} failed: ${(error as Error).message}`);
          throw error;
        }
      },
    );
  }

  /** Messages waiting (new or awaiting a retry) on a queue or dead-letter queue. */
  async size(name: string): Promise<number> {
    this.catalogue.assertKnown(name);
    await this.ready();
    return this.boss.getQueueSize(name);
  }

  /**
   * Up to `max` waiting messages of a dead-letter queue, oldest first, left where they are. pg-boss
   * offers no peek: its fetch() marks messages active, i.e. takes them off the queue. So this reads
   * pg-boss's job table directly, read-only (layout of pg-boss 10, which package.json pins).
   */
  async dlqMessages(dlq: string, max: number): Promise<DlqMessage[]> {
    this.catalogue.assertDlq(dlq);
    await this.ready();
    const limit = Number.isFinite(max) ? Math.max(0, Math.floor(max)) : 0;
    const result = await this.boss.getDb().executeSql(
      `SELECT id, data, created_on, output FROM ${SCHEMA}.job
        WHERE name = $1 AND state < 'active'
        ORDER BY created_on, id
        LIMIT $2`,
      [dlq, limit],
    );
    return result.rows.map((row: { id: string; data: unknown; created_on: Date; output: unknown }) => ({
      id: row.id,
      body: row.data,
      createdOn: row.created_on,
      ...failureOf(row.output),
    }));
  }

  /** Moves every message of a dead-letter queue back to its queue; returns how many moved. */
  async retryDlq(dlq: string): Promise<number> {
    const queue = this.catalogue.originOf(dlq);
    await this.ready();
    let moved = 0;
    for (;;) {
      // Fetch, re-send and delete in one transaction: a message is never lost or duplicated, and
      // concurrent retries (other replicas) skip the rows this one has locked.
      const batch = await this.inTransaction(async (db) => {
        const jobs = await this.boss.fetch<object>(dlq, { batchSize: RETRY_BATCH_SIZE, db });
        for (const job of jobs) await this.boss.send(queue, job.data, { db });
        const ids = jobs.map((job) => job.id);
        if (ids.length > 0) await this.boss.deleteJob(dlq, ids, { db });
        return ids.length;
      });
      moved += batch;
      if (batch < RETRY_BATCH_SIZE) return moved;
    }
  }

  async retryAllDlqs(): Promise<DlqRetryCount[]> {
    const counts: DlqRetryCount[] = [];
    for (const dlq of this.dlqNames()) counts.push({ dlq, count: await this.retryDlq(dlq) });
    return counts;
  }

  /** Removes the waiting messages of a queue or dead-letter queue; returns how many there were. */
  async purge(name: string): Promise<number> {
    this.catalogue.assertKnown(name);
    await this.ready();
    // Count, then purge (as the SQS library does): a message arriving in between is purged uncounted.
    const count = await this.boss.getQueueSize(name);
    if (count > 0) await this.boss.purgeQueue(name);
    return count;
  }

  private ready(): Promise<void> {
    if (this.stopping) return Promise.reject(new Error('queues are shut down'));
    this.started ??= this.start();
    return this.started;
  }

  private async start(): Promise<void> {
    await this.boss.start();
    const settings = {
      retryLimit: this.settings.retryLimit,
      retryDelay: this.settings.retryDelaySeconds,
      retryBackoff: false,
    };
    for (const queue of this.catalogue.queueNames()) {
      const dlq = dlqOf(queue);
      // The dead-letter queue must exist first (a queue references it); create, then update, so that
      // changed settings reach queues created by an earlier start.
      await this.boss.createQueue(dlq);
      await this.boss.createQueue(queue, { name: queue, ...settings, deadLetter: dlq });
      await this.boss.updateQueue(queue, { name: queue, ...settings, deadLetter: dlq });
    }
    this.logger.log(`queues ready: ${this.catalogue.queueNames().join(', ')}`);
  }

  /** One transaction on a connection of its own, for pg-boss calls given its `db` option. */
  private async inTransaction<T>(work: (db: PgBoss.Db) => Promise<T>): Promise<T> {
    const client = new Client({
      connectionString: this.databaseUrl,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    });
    client.on('error', (error) => this.logger.warn(`queue admin connection failed: ${error.message}`));
    await client.connect();
    try {
      await client.query('BEGIN');
      const result = await work({ executeSql: (text, values) => client.query(text, values) });
      // pg-boss's fetch() swallows its errors; PostgreSQL then answers COMMIT with ROLLBACK.
      const commit = await client.query('COMMIT');
      if (commit.command === 'ROLLBACK') throw new Error('queue admin transaction was rolled back');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

function failureOf(output: unknown): { error?: string } {
  const message = (output as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? { error: message } : {};
}
