import { badRequest } from '../../common/api-errors';
import { isoDate, QueryMap, singleValue } from '../../common/query-params';
import { TransactionDates } from './transactions.service';

/** Today in the UK, where NOMIS dates its transactions. */
function todayInPrisons(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

/** `from_date` and `to_date`: both or neither; neither means today only (spec §5.6 #49). */
export function transactionDates(query: QueryMap): TransactionDates {
  const fromDate = isoDate(singleValue(query.from_date, 'from_date'));
  const toDate = isoDate(singleValue(query.to_date, 'to_date'));
  if ((fromDate === undefined) !== (toDate === undefined)) {
    throw badRequest('Both fromDate and toDate must be supplied if one is populated');
  }
  const today = todayInPrisons();
  return { fromDate: fromDate ?? today, toDate: toDate ?? today };
}
