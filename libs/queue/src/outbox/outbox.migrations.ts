import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxMessageTable1760000000001 implements MigrationInterface {
  name = 'OutboxMessageTable1760000000001';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE IF NOT EXISTS outbox_message (
        id uuid PRIMARY KEY,
        kind varchar(5) NOT NULL CHECK (kind IN ('queue', 'topic')),
        destination varchar(64) NOT NULL,
        body text NOT NULL,
        attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        claimed_by uuid,
        claimed_until timestamptz,
        last_error varchar(500),
        dead_at timestamptz
      )`);
    await runner.query(
      'CREATE INDEX IF NOT EXISTS outbox_message_due_idx ON outbox_message (next_attempt_at) WHERE dead_at IS NULL',
    );
    await runner.query(
      'CREATE INDEX IF NOT EXISTS outbox_message_dead_idx ON outbox_message (destination, dead_at) WHERE dead_at IS NOT NULL',
    );
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE outbox_message');
  }
}

/** Add to the app's `DatabaseModule.forRoot({ entities, migrations })` with `OUTBOX_ENTITIES`. */
export const OUTBOX_MIGRATIONS = [OutboxMessageTable1760000000001];
