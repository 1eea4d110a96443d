import { MigrationInterface, QueryRunner } from 'typeorm';

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
