import type { QueryFailedError } from 'typeorm';
import { describeFailure, invalidRequest, problem, VeraProblem } from './vera-problem';

/**
 * SQLSTATE classes meaning the database could not be used for now (connection exception, transaction
 * rollback such as a deadlock, insufficient resources, operator intervention, system error), as opposed
 * to a query it refused: trying again later can succeed.
 */
const UNAVAILABLE_CLASSES = new Set(['08', '40', '53', '57', '58']);
/** Class 22 (data exception): a value the database cannot hold, i.e. bad input that got past validation. */
const DATA_EXCEPTION_CLASS = '22';

function sqlState(error: QueryFailedError): string | undefined {
  const code = (error.driverError as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** A failed query as the caller should see it; the driver's own text never reaches the answer. */
export function describeDatabaseError(error: QueryFailedError): VeraProblem {
  const state = sqlState(error);
  const sqlClass = state?.slice(0, 2);
  if (sqlClass === DATA_EXCEPTION_CLASS) {
    return describeFailure(invalidRequest(`A value in the request cannot be stored (SQLSTATE ${state})`));
  }
  // No SQLSTATE: the driver lost the connection before the server answered.
  if (sqlClass === undefined || UNAVAILABLE_CLASSES.has(sqlClass)) {
    return problem(
      503,
      'DATABASE_ERROR',
      'The service could not reach its database. Try again shortly.',
      'Database query failed',
    );
  }
  return problem(
    500,
    'INTERNAL_ERROR',
    'Something went wrong on our side.',
    `Database query failed (SQLSTATE ${state})`,
  );
}
