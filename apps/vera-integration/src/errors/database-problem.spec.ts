import { QueryFailedError } from 'typeorm';
import { describeDatabaseError } from './database-problem';

const failed = (driverError: Error & { code?: string }) =>
  new QueryFailedError('INSERT INTO vera_providers …', [], driverError);
const withCode = (code: string) => Object.assign(new Error('driver text'), { code });

describe('describeDatabaseError', () => {
  it.each(['22021', '22001', '22P02'])(
    'reports data exception %s as bad input (400), not an outage',
    (code) => {
      expect(describeDatabaseError(failed(withCode(code)))).toMatchObject({
        status: 400,
        errorCode: 'VALIDATION_FAILED',
        developerMessage: `A value in the request cannot be stored (SQLSTATE ${code})`,
      });
    },
  );

  it.each(['08006', '40P01', '53300', '57P01', '58030'])(
    'reports %s as the database being unavailable (503)',
    (code) => {
      expect(describeDatabaseError(failed(withCode(code)))).toMatchObject({
        status: 503,
        errorCode: 'DATABASE_ERROR',
      });
    },
  );

  it('reports a lost connection without a SQLSTATE as the database being unavailable (503)', () => {
    expect(describeDatabaseError(failed(new Error('Connection terminated unexpectedly'))).status).toBe(503);
  });

  it.each(['23502', '42P01'])('reports %s, a fault of ours, as 500 without the driver text', (code) => {
    const problem = describeDatabaseError(failed(withCode(code)));
    expect(problem).toMatchObject({ status: 500, errorCode: 'INTERNAL_ERROR' });
    expect(`${problem.userMessage} ${problem.developerMessage}`).not.toContain('driver text');
  });
});
