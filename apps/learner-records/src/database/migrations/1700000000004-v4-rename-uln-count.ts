import { MigrationInterface, QueryRunner } from 'typeorm';

export class V4RenameUlnCount1700000000004 implements MigrationInterface {
  name = 'V4RenameUlnCount1700000000004';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'matches' AND column_name = 'count_of_matched_ulns') THEN
          ALTER TABLE matches RENAME COLUMN count_of_matched_ulns TO count_of_returned_ulns;
        END IF;
      END $$`);
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE matches RENAME COLUMN count_of_returned_ulns TO count_of_matched_ulns');
  }
}
