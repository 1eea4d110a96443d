import {
  ACCOUNT_CODES,
  AccountBalance,
  Transaction,
  TransactionCreated,
  TransactionTransferCreated,
} from '../../domain/finance';

/** Prison API `Account`: each sub-account's balance in pence. */
export type AccountsDto = Partial<Record<(typeof ACCOUNT_CODES)[number], number | null>>;

/**
 * The three balances in the fixed order spends, savings, cash. A missing one is an upstream defect the
 * reference fails on (500), so it throws rather than inventing a zero.
 */
export function toBalances(dto: AccountsDto): AccountBalance[] {
  return ACCOUNT_CODES.map((accountCode) => {
    const amount = dto[accountCode];
    if (typeof amount !== 'number') {
      throw new Error(`Prison API gave no ${accountCode} balance`);
    }
    return { accountCode, amount };
  });
}

/** Prison API `Transaction` (v1). */
export interface TransactionDto {
  id?: string | null;
  type?: { code?: string | null; desc?: string | null } | null;
  description?: string | null;
  amount?: number | null;
  date?: string | null;
  clientUniqueRef?: string | null;
}

export function toTransaction(dto: TransactionDto): Transaction {
  return {
    id: dto.id ?? null,
    type: dto.type ? { code: dto.type.code ?? null, desc: dto.type.desc ?? null } : null,
    description: dto.description ?? null,
    amount: dto.amount ?? null,
    date: dto.date ?? null,
    clientUniqueRef: dto.clientUniqueRef ?? null,
  };
}

/** The snake_case body Prison API takes to post a transaction; `description` left out when absent. */
export interface TransactionPostingDto {
  type?: string;
  description?: string;
  amount: number;
  client_transaction_id: string;
  client_unique_ref: string;
}

/** Prison API `CreateTransactionResponse`. */
export interface CreatedTransactionDto {
  id?: string | null;
}

export function toTransactionCreated(dto: CreatedTransactionDto): TransactionCreated {
  if (!dto.id) throw new Error('No information provided by upstream system');
  return { transactionId: dto.id };
}

/** Prison API `TransferTransaction`. */
export interface TransferTransactionDto {
  debitTransaction?: { id?: string | null } | null;
  creditTransaction?: { id?: string | null } | null;
  transactionId?: number | string | null;
}

export function toTransferCreated(dto: TransferTransactionDto): TransactionTransferCreated {
  const debit = dto.debitTransaction?.id;
  const credit = dto.creditTransaction?.id;
  if (!debit || !credit || dto.transactionId === null || dto.transactionId === undefined) {
    throw new Error('No information provided by upstream system');
  }
  return { debitTransactionId: debit, creditTransactionId: credit, transactionId: String(dto.transactionId) };
}

/**
 * The transfer a transaction entry belongs to. NOMIS numbers the entries of one transaction
 * `<transactionId>-<entry>`, a transfer's debit being entry 1 and its credit entry 2.
 */
export function transferOfEntry(entryId: string): TransactionTransferCreated {
  const transactionId = entryId.split('-')[0];
  return {
    debitTransactionId: `${transactionId}-1`,
    creditTransactionId: `${transactionId}-2`,
    transactionId,
  };
}
