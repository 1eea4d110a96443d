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
