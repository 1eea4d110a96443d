import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MatchEntity } from './match.entity';

/** Keys one advisory-lock space for ULN confirmations (an arbitrary constant of ours). */
const ULN_LOCK_SPACE = 4_101_957;

export type NewMatchRow = Pick<
  MatchEntity,
  'nomisId' | 'matchedUln' | 'givenName' | 'familyName' | 'matchType' | 'countOfReturnedUlns' | 'matchStatus'
>;

/** The append-only `matches` table. */
@Injectable()
export class MatchStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  latest(nomisId: string, manager: EntityManager = this.dataSource.manager): Promise<MatchEntity | null> {
    return manager.findOne(MatchEntity, { where: { nomisId }, order: { id: 'DESC' } });
  }

  async insert(row: NewMatchRow, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(MatchEntity, row);
  }

  /** Whether the ULN is the current match of a NOMIS id other than this one. */
  async ulnHeldByAnother(uln: string, nomisId: string, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM matches held
        WHERE held.matched_uln = $1 AND held.nomis_id <> $2
          AND NOT EXISTS (SELECT 1 FROM matches newer WHERE newer.nomis_id = held.nomis_id AND newer.id > held.id)
        LIMIT 1`,
      [uln, nomisId],
    );
    return rows.length > 0;
  }

  /**
   * Runs `work` in a transaction that holds a lock on the ULN, so that two confirmations of one ULN
   * cannot both pass the "held by another" check. The lock is transaction-scoped: it goes with commit
   * or rollback, also when the connection dies.
   */
  withUlnLock<T>(uln: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ULN_LOCK_SPACE, uln]);
      return work(manager);
    });
  }

  /** Every row of a NOMIS id created in [from, to] (whole days), in storage order. */
  history(nomisId: string, fromDate?: string, toDate?: string): Promise<MatchEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(MatchEntity, 'match')
      .where('match.nomis_id = :nomisId', { nomisId })
      .orderBy('match.id', 'ASC');
    if (fromDate) query.andWhere('match.date_created >= CAST(:fromDate AS date)', { fromDate });
    if (toDate) query.andWhere(`match.date_created < CAST(:toDate AS date) + 1`, { toDate });
    return query.getMany();
  }
}
