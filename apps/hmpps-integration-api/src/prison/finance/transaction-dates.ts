import { PageParam, PerPageParam } from '../../common/page-query';
import { DateParam } from '../../common/query-rules';
import { TransactionDates } from './transactions.service';

/** Today in the UK, where NOMIS dates its transactions. */
function todayInPrisons(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

/** `from_date` and `to_date`: both or neither; neither means today only. */
export class TransactionsQuery {
  @DateParam({ description: 'yyyy-MM-dd, defaults to today' })
  from_date?: string;

  @DateParam({ description: 'yyyy-MM-dd, defaults to today' }, (toDate, query) =>
    (query.from_date === undefined) !== (toDate === undefined)
      ? 'Both fromDate and toDate must be supplied if one is populated'
      : undefined,
  )
  to_date?: string;

  @PageParam()
  page!: number;

  @PerPageParam()
  perPage!: number;
}

export function transactionDates(query: TransactionsQuery): TransactionDates {
  const today = todayInPrisons();
  return { fromDate: query.from_date ?? today, toDate: query.to_date ?? today };
}
