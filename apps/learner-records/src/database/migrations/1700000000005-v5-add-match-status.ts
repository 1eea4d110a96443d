import { MigrationInterface, QueryRunner } from 'typeorm';

/** The reference added this NOT NULL column without a default, which fails on a non-empty table; existing rows get ''. */
export class V5AddMatchStatus1700000000005 implements MigrationInterface {
  name = 'V5AddMatchStatus1700000000005';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE matches ADD COLUMN IF NOT EXISTS match_status VARCHAR(255) NOT NULL DEFAULT ''`,
    );
    await runner.query('ALTER TABLE matches ALTER COLUMN match_status DROP DEFAULT');
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE matches DROP COLUMN match_status');
  }
}
