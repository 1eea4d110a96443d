import { Pool } from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres';

describe('startEmbeddedPostgres', () => {
  it('answers parameterised queries and transactions from many pooled connections at once, each with its own result', async () => {
    const embedded = await startEmbeddedPostgres();
    const pool = new Pool({ connectionString: embedded.url, max: 10 });
    try {
      // Parameterised queries use the extended protocol (Parse/Bind/Execute/Sync) on the unnamed statement
      // and portal: interleaved with another connection's, they would run or lose each other's statement.
      const values = Array.from({ length: 200 }, (_, index) => index);
      // Transactions starting in the middle of another connection's sequence are what interleaves them.
      const inTransaction = async (value: number) => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const answer = await client.query<{ value: string }>(`SELECT $1::text || '-${value}' AS value`, [
            String(value),
          ]);
          await client.query('COMMIT');
          return answer;
        } finally {
          client.release();
        }
      };
      const answers = await Promise.all(
        values.map((value) =>
          value % 2
            ? inTransaction(value)
            : pool.query<{ value: string }>(`SELECT $1::text || '-${value}' AS value`, [String(value)]),
        ),
      );
      expect(answers.map((answer) => answer.rows[0].value)).toEqual(
        values.map((value) => `${value}-${value}`),
      );
    } finally {
      await pool.end();
      await embedded.stop();
    }
  }, 30_000);
});

describe('a fresh in-memory embedded PostgreSQL', () => {
  const query = async (url: string, sql: string) => {
    const pool = new Pool({ connectionString: url, max: 1 });
    try {
      return (await pool.query(sql)).rows;
    } finally {
      await pool.end();
    }
  };

  it('starts empty every time, whatever an earlier one stored (each starts from the saved initdb cluster, not a used one)', async () => {
    const first = await startEmbeddedPostgres();
    try {
      await query(first.url, "CREATE TABLE left_behind (note text); INSERT INTO left_behind VALUES ('x')");
      await query(first.url, 'CREATE ROLE left_behind_role');
    } finally {
      await first.stop();
    }
    const second = await startEmbeddedPostgres();
    try {
      expect(await query(second.url, "SELECT to_regclass('public.left_behind') AS found")).toEqual([
        { found: null },
      ]);
      expect(
        await query(second.url, "SELECT rolname FROM pg_roles WHERE rolname = 'left_behind_role'"),
      ).toEqual([]);
      expect(await query(second.url, 'SELECT current_user AS who, current_database() AS db')).toEqual([
        { who: 'postgres', db: 'postgres' },
      ]);
    } finally {
      await second.stop();
    }
  }, 30_000);
});
