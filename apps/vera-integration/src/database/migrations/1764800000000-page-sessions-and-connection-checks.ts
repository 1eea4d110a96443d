import { MigrationInterface, QueryRunner } from 'typeorm';

/** Server-side page sessions (sign-out ends them), and each provider's last connection test. */
export class PageSessionsAndConnectionChecks1764800000000 implements MigrationInterface {
  name = 'PageSessionsAndConnectionChecks1764800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE vera_page_sessions (
        id_hash char(64) PRIMARY KEY,
        ukprn varchar(8) NOT NULL,
        secret_key_id varchar(32) NOT NULL,
        data_ciphertext text NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await runner.query('CREATE INDEX vera_page_sessions_ukprn_idx ON vera_page_sessions (ukprn)');
    await runner.query(`
      ALTER TABLE vera_providers
        ADD COLUMN connection_status varchar(16) NOT NULL DEFAULT 'UNTESTED'
          CHECK (connection_status IN ('UNTESTED', 'OK', 'UNVERIFIED', 'REJECTED')),
        ADD COLUMN connection_checked_at timestamptz`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      'ALTER TABLE vera_providers DROP COLUMN connection_checked_at, DROP COLUMN connection_status',
    );
    await runner.query('DROP TABLE vera_page_sessions');
  }
}
