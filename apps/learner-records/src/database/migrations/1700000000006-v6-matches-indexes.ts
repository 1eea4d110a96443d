import { MigrationInterface, QueryRunner } from 'typeorm';

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
