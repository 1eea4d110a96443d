import { DataSource, EntityManager } from 'typeorm';

export interface StatementResult<T> {
  rows: T[];
  /** Rows the statement affected (UPDATE, DELETE, INSERT), or returned (SELECT). */
  count: number;
}

/**
 * One SQL statement with its rows and affected count (TypeORM's `query` gives only the rows): on a pooled
 * connection of its own, or in the transaction of `manager` when given.
 */
export async function runStatement<T = unknown>(
  target: DataSource | EntityManager,
  sql: string,
  parameters: unknown[],
): Promise<StatementResult<T>> {
  const inTransaction = target instanceof EntityManager ? target.queryRunner : undefined;
  const runner =
    inTransaction ?? (target instanceof EntityManager ? target.connection : target).createQueryRunner();
  try {
    const result = await runner.query(sql, parameters, true);
    return { rows: (result.records ?? []) as T[], count: result.affected ?? result.records?.length ?? 0 };
  } finally {
    if (!inTransaction) await runner.release();
  }
}
