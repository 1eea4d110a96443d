import { Client } from 'pg';

/**
 * Tables that record schema history or carry messages on their way out (the outbox: audit events and
 * queued messages, delivered and deleted in the background) rather than the app's data.
 */
const NOT_APP_DATA = new Set(['migrations', 'typeorm_metadata', 'outbox_message']);

/** Reads an app's database directly, beside the app, to see what it stored. */
export class DatabaseProbe {
  private client?: Promise<Client>;
  private fingerprintSql?: Promise<string>;

  constructor(private readonly databaseUrl: string) {}

  /** One connection for the probe's life: the bad-input suite fingerprints before and after every case. */
  private connection(): Promise<Client> {
    this.client ??= (async () => {
      const client = new Client({ connectionString: this.databaseUrl });
      // A lost connection (e.g. the database suite stops the server) is reopened on the next query.
      client.on('error', () => {
        this.client = undefined;
      });
      await client.connect();
      return client;
    })();
    return this.client;
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await (await client)?.end();
  }

  async query<T extends object>(sql: string, values: unknown[] = []): Promise<T[]> {
    return (await (await this.connection()).query<T>(sql, values)).rows;
  }

  /**
   * Row count and content hash of every table in the app's own schema (`public`): a rejected request must
   * leave it unchanged. Schema history and the outbox are left out (NOT_APP_DATA).
   */
  async fingerprint(): Promise<string> {
    this.fingerprintSql ??= this.buildFingerprintSql();
    const rows = await this.query<{ part: string }>(await this.fingerprintSql);
    return rows.map((row) => row.part).join(' ');
  }

  /** One statement for every table, so a fingerprint costs one round trip (the table list is read once). */
  private async buildFingerprintSql(): Promise<string> {
    const tables = await this.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
    );
    const parts = tables
      .filter((row) => !NOT_APP_DATA.has(row.table_name))
      .map(
        ({ table_name: table }) =>
          `SELECT '${table}:' || count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '-') AS part FROM "${table}" t`,
      );
    return parts.length ? parts.join(' UNION ALL ') : "SELECT 'no tables' AS part";
  }
}
