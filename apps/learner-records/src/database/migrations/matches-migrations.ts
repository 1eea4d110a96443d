import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * The reference's Flyway migrations V1–V5, kept step by step and written so that they also run on a
 * database the reference already migrated (IF [NOT] EXISTS), then our own V6.
 */

export class V1MatchesTable1700000000001 implements MigrationInterface {
  name = 'V1MatchesTable1700000000001';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE IF NOT EXISTS matches (
        id BIGSERIAL PRIMARY KEY,
        nomis_id VARCHAR(255) NOT NULL,
        matched_uln VARCHAR(255) NOT NULL,
        given_name VARCHAR(255) NOT NULL,
        family_name VARCHAR(255) NOT NULL,
        date_of_birth DATE,
        gender VARCHAR(255),
        date_created TIMESTAMP NOT NULL DEFAULT NOW()
      )`);
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE matches');
  }
}

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

export class V3DropDemographics1700000000003 implements MigrationInterface {
  name = 'V3DropDemographics1700000000003';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'ALTER TABLE matches DROP COLUMN IF EXISTS date_of_birth, DROP COLUMN IF EXISTS gender',
    );
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE matches ADD COLUMN date_of_birth DATE, ADD COLUMN gender VARCHAR(255)');
  }
}

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

/** Ours: the current row per NOMIS id and the holders of a ULN are found by index rather than by scanning. */
export class V6MatchesIndexes1700000000006 implements MigrationInterface {
  name = 'V6MatchesIndexes1700000000006';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE INDEX IF NOT EXISTS matches_nomis_id_id_idx ON matches (nomis_id, id)');
    await runner.query('CREATE INDEX IF NOT EXISTS matches_matched_uln_idx ON matches (matched_uln)');
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX matches_matched_uln_idx');
    await runner.query('DROP INDEX matches_nomis_id_id_idx');
  }
}

export const MATCHES_MIGRATIONS = [
  V1MatchesTable1700000000001,
  V2AlterMatchesTable1700000000002,
  V3DropDemographics1700000000003,
  V4RenameUlnCount1700000000004,
  V5AddMatchStatus1700000000005,
  V6MatchesIndexes1700000000006,
];
