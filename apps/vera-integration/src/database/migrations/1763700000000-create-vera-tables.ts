import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateVeraTables1763700000000 implements MigrationInterface {
  name = 'CreateVeraTables1763700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE vera_providers (
        ukprn varchar(8) PRIMARY KEY CHECK (ukprn ~ '^[0-9]{8}$'),
        display_name varchar(200) NOT NULL,
        client_id varchar(200) NOT NULL CONSTRAINT vera_providers_client_id_key UNIQUE,
        secret_key_id varchar(32) NOT NULL,
        secret_ciphertext text NOT NULL,
        tenant_id varchar(100),
        resource varchar(300),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE vera_share_requests (
        correlation_id varchar(200) PRIMARY KEY,
        ukprn varchar(8) NOT NULL,
        pattern char(1) NOT NULL CHECK (pattern IN ('A', 'C')),
        status varchar(24) NOT NULL CHECK (status IN ('PENDING', 'SHARED', 'REJECTED_OR_EXPIRED')),
        qr_code text,
        link text,
        display_code varchar(32),
        expires_at timestamptz,
        last_polled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX vera_share_requests_ukprn_idx ON vera_share_requests (ukprn, created_at)`,
    );
    await runner.query(`
      CREATE TABLE vera_page_tickets (
        ticket_hash char(64) PRIMARY KEY,
        ukprn varchar(8) NOT NULL,
        username varchar(200),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE vera_page_tickets');
    await runner.query('DROP TABLE vera_share_requests');
    await runner.query('DROP TABLE vera_providers');
  }
}
