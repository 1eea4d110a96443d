import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * HEAD's `event_notification` table (its Flyway migrations V1_0_0 to V1_0_9, as they leave it), with
 * `claimed_at` added so that a claim whose replica died can be taken over.
 */
export class EventNotificationTable1770000000000 implements MigrationInterface {
  name = 'EventNotificationTable1770000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE IF NOT EXISTS event_notification (
        event_id bigserial PRIMARY KEY,
        hmpps_id varchar(64),
        event_type varchar(60) NOT NULL,
        prison_id varchar(64),
        url varchar(1000) NOT NULL,
        status varchar(20) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'PROCESSING', 'PROCESSED')),
        claim_id uuid,
        claimed_at timestamptz,
        metadata jsonb,
        last_modified_datetime timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `COMMENT ON TABLE event_notification IS 'Integration events waiting to be sent to consumers, held to collapse duplicates'`,
    );
    // De-duplication: one pending event per URL and type (HEAD's partial unique index).
    await runner.query(
      `CREATE UNIQUE INDEX IF NOT EXISTS idx_event_notification_url_event_type
         ON event_notification (url, event_type) WHERE status = 'PENDING'`,
    );
    await runner.query(
      `CREATE INDEX IF NOT EXISTS idx_event_notification_status_last_modified_datetime
         ON event_notification (status, last_modified_datetime)`,
    );
    await runner.query(
      'CREATE INDEX IF NOT EXISTS idx_event_notification_claim_id ON event_notification (claim_id)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE event_notification');
  }
}

/** Add to the app's `DatabaseModule.forRoot({ migrations })`. */
