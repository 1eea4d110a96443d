/** The three NOMIS sub-accounts a prisoner has at a prison, in the order the API lists them. */
export const ACCOUNT_CODES = ['spends', 'savings', 'cash'] as const;

export type AccountCode = (typeof ACCOUNT_CODES)[number];

export function isAccountCode(value: string): value is AccountCode {
  return (ACCOUNT_CODES as readonly string[]).includes(value);
}

/** An account balance in pence. */
export interface AccountBalance {
  accountCode: AccountCode;
  amount: number;
}

export interface Transaction {
  id: string | null;
  type: { code: string | null; desc: string | null } | null;
  description: string | null;
  amount: number | null;
  date: string | null;
  /** Written as HEAD does; the Prison API's transaction list does not return it, so it is null there. */
  clientUniqueRef: string | null;
}

export interface TransactionCreated {
  transactionId: string;
}

export interface TransactionTransferCreated {
  debitTransactionId: string;
  creditTransactionId: string;
  transactionId: string;
}
