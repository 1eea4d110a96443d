import { MigrationInterface, QueryRunner } from 'typeorm';

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
