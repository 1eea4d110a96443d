import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const MATCH_STATUS = {
  matched: 'Matched',
  cannotBeMatched: 'Cannot be matched',
  unmatched: 'Unmatched',
} as const;

/**
 * One decision about a NOMIS id. The table is append-only: every change inserts a row and the row with
 * the highest id is the current state. "Empty" columns hold `''`, never NULL.
 */
@Entity({ name: 'matches' })
export class MatchEntity {
  /** bigserial: pg returns it as text. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'nomis_id', type: 'varchar', length: 255 })
  nomisId!: string;

  @Column({ name: 'matched_uln', type: 'varchar', length: 255 })
  matchedUln!: string;

  @Column({ name: 'given_name', type: 'varchar', length: 255 })
  givenName!: string;

  @Column({ name: 'family_name', type: 'varchar', length: 255 })
  familyName!: string;

  @Column({ name: 'date_created', type: 'timestamp', default: () => 'now()' })
  dateCreated!: Date;

  @Column({ name: 'match_type', type: 'varchar', length: 255, default: 'NO_MATCH_SELECTED' })
  matchType!: string;

  @Column({ name: 'count_of_returned_ulns', type: 'varchar', length: 255, default: '0' })
  countOfReturnedUlns!: string;

  @Column({ name: 'match_status', type: 'varchar', length: 255 })
  matchStatus!: string;
}
