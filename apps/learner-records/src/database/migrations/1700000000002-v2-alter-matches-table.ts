import { MigrationInterface, QueryRunner } from 'typeorm';

export class V2AlterMatchesTable1700000000002 implements MigrationInterface {
  name = 'V2AlterMatchesTable1700000000002';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE matches ADD COLUMN IF NOT EXISTS match_type VARCHAR(255) NOT NULL DEFAULT 'NO_MATCH_SELECTED'`,
    );
    await runner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'matches' AND column_name = 'count_of_returned_ulns') THEN
          ALTER TABLE matches ADD COLUMN IF NOT EXISTS count_of_matched_ulns VARCHAR(255) NOT NULL DEFAULT '0';
        END IF;
      END $$`);
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE matches DROP COLUMN match_type, DROP COLUMN count_of_matched_ulns');
  }
}
