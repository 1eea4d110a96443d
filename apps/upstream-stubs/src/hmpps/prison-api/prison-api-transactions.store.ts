import { ConflictException, Injectable } from '@nestjs/common';
import { readHmppsFixture } from '../hmpps-fixtures';

export interface StoredTransaction {
  id: string;
  account: string;
  type: { code: string; desc: string };
  description: string | null;
  amount: number;
  date: string;
  client_unique_ref: string;
}

export interface NewTransaction {
  account: string;
  type: { code: string; desc: string };
  description: string | null;
  amount: number;
  clientUniqueRef: string;
}

type TransactionsByPrisoner = Record<string, Record<string, StoredTransaction[]>>;

/** The first NOMIS transaction id handed out by this stand-in; fixture ids are below it. */
const FIRST_TRANSACTION_ID = 300_000_001;

/**
 * Prison API's transaction ledger, kept in memory. Like the real API it is idempotent on
 * `client_unique_ref`: a reference is accepted once (the stand-in serves a single client, so references
 * are unique across it), and reusing it is a 409 that records nothing, so a client that retries after a
 * lost response can never post twice.
 */
@Injectable()
export class PrisonApiTransactionsStore {
  private readonly transactions: TransactionsByPrisoner = readHmppsFixture<TransactionsByPrisoner>(
    'prison-api',
    'transactions.json',
  );
  private readonly usedReferences = new Set<string>();
  private nextId = FIRST_TRANSACTION_ID;

  constructor() {
    for (const prisoners of Object.values(this.transactions)) {
      for (const list of Object.values(prisoners)) {
        list.forEach((transaction) => this.usedReferences.add(transaction.client_unique_ref));
      }
    }
  }

  /** Oldest first; dates inclusive, either bound optional. */
  list(prisonId: string, nomsId: string, account: string, from?: string, to?: string): StoredTransaction[] {
    return this.of(prisonId, nomsId).filter(
      (transaction) =>
        transaction.account === account &&
        (!from || transaction.date >= from) &&
        (!to || transaction.date <= to),
    );
  }

  findByReference(prisonId: string, nomsId: string, clientUniqueRef: string): StoredTransaction | undefined {
    return this.of(prisonId, nomsId).find((transaction) => transaction.client_unique_ref === clientUniqueRef);
  }

  /**
   * Records the entries of one NOMIS transaction under a single reference (a transfer has a debit and a
   * credit entry); ids are `<transactionId>-<entry>`.
   */
  record(prisonId: string, nomsId: string, entries: NewTransaction[]): StoredTransaction[] {
    const reference = entries[0].clientUniqueRef;
    if (this.usedReferences.has(reference)) {
      throw new ConflictException({
        status: 409,
        errorCode: null,
        userMessage: 'Duplicate post - The client_unique_ref has been used before',
        developerMessage: `Duplicate post - The client_unique_ref ${reference} has been used before`,
        moreInfo: null,
      });
    }
    this.usedReferences.add(reference);
    const transactionId = this.nextId++;
    const date = new Date().toISOString().slice(0, 10);
    const stored = entries.map((entry, index) => ({
      id: `${transactionId}-${index + 1}`,
      account: entry.account,
      type: entry.type,
      description: entry.description,
      amount: entry.amount,
      date,
      client_unique_ref: entry.clientUniqueRef,
    }));
    const prisoners = (this.transactions[prisonId] ??= {});
    (prisoners[nomsId] ??= []).push(...stored);
    return stored;
  }

  private of(prisonId: string, nomsId: string): StoredTransaction[] {
    return this.transactions[prisonId]?.[nomsId] ?? [];
  }
}
