import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';
import { PrisonApiTransactionsStore, StoredTransaction } from './prison-api-transactions.store';

type Accounts = Record<string, number>;

const ACCOUNTS = readHmppsFixture<Record<string, Record<string, Accounts>>>('prison-api', 'accounts.json');

/** NOMIS transaction types a client may post, with their descriptions, and the account each one moves. */
const TRANSACTION_TYPES: Record<string, { desc: string; account: string }> = {
  CANT: { desc: 'Canteen Purchase', account: 'spends' },
  REFND: { desc: 'Canteen Refund', account: 'spends' },
  PHONE: { desc: 'Phone Credit', account: 'spends' },
  MRPR: { desc: 'Money Received Pending Release', account: 'cash' },
  MTDS: { desc: 'Money through digital system', account: 'spends' },
  DTDS: { desc: 'Disbursement through digital system', account: 'spends' },
  CASHW: { desc: 'Cash withdrawal', account: 'cash' },
  RELA: { desc: 'Release Payment to Account', account: 'cash' },
  RELS: { desc: 'Release Payment to Savings', account: 'savings' },
};
const TRANSFER_TYPE = { code: 'SPTOSAV', desc: 'Spends to savings transfer' };
const CLIENT_UNIQUE_REF = /^[A-Za-z0-9_-]{1,64}$/;

interface TransactionBody {
  type?: unknown;
  description?: unknown;
  amount?: unknown;
  client_transaction_id?: unknown;
  client_unique_ref?: unknown;
}

function badRequest(message: string): BadRequestException {
  return new BadRequestException({
    status: 400,
    errorCode: null,
    userMessage: message,
    developerMessage: message,
    moreInfo: null,
  });
}

/** The snake_case body fields every posting shares, checked as Prison API checks them. */
function validPosting(body: TransactionBody): { description: string | null; amount: number; ref: string } {
  if (typeof body.amount !== 'number' || !Number.isInteger(body.amount) || body.amount <= 0) {
    throw badRequest('amount must be a positive whole number of pence');
  }
  if (typeof body.client_transaction_id !== 'string' || body.client_transaction_id.trim() === '') {
    throw badRequest('client_transaction_id is required');
  }
  if (typeof body.client_unique_ref !== 'string' || !CLIENT_UNIQUE_REF.test(body.client_unique_ref)) {
    throw badRequest("client_unique_ref must be 1 to 64 characters of letters, digits, '-' and '_'");
  }
  if (body.description !== undefined && typeof body.description !== 'string') {
    throw badRequest('description must be text');
  }
  return { description: body.description ?? null, amount: body.amount, ref: body.client_unique_ref };
}

function withoutAccount({ id, type, description, amount, date }: StoredTransaction) {
  return { id, type, description, amount, date };
}

/**
 * Stand-in for Prison API's finance routes (`/prison-api/api/v1/prison/…` and `/prison-api/api/finance/…`):
 * balances, transactions and postings. An unknown prisoner is a 404; a prisoner held elsewhere is a 400.
 */
@Controller('prison-api/api')
@UseGuards(StubBearerGuard)
export class PrisonApiFinanceController {
  constructor(private readonly store: PrisonApiTransactionsStore) {}

  @Get('v1/prison/:prisonId/offenders/:nomsId/accounts')
  getAccounts(@Param('prisonId') prisonId: string, @Param('nomsId') nomsId: string): Accounts {
    return accountsOf(prisonId, nomsId);
  }

  @Get('v1/prison/:prisonId/offenders/:nomsId/accounts/:accountCode/transactions')
  getTransactions(
    @Param('prisonId') prisonId: string,
    @Param('nomsId') nomsId: string,
    @Param('accountCode') accountCode: string,
    @Query('from_date') fromDate?: string,
    @Query('to_date') toDate?: string,
  ) {
    accountsOf(prisonId, nomsId);
    if (!['spends', 'savings', 'cash'].includes(accountCode))
      throw badRequest(`Invalid account_code: ${accountCode}`);
    return {
      transactions: this.store.list(prisonId, nomsId, accountCode, fromDate, toDate).map(withoutAccount),
    };
  }

  @Get('v1/prison/:prisonId/offenders/:nomsId/transactions/:clientUniqueRef')
  getTransaction(
    @Param('prisonId') prisonId: string,
    @Param('nomsId') nomsId: string,
    @Param('clientUniqueRef') clientUniqueRef: string,
  ) {
    accountsOf(prisonId, nomsId);
    const transaction = this.store.findByReference(prisonId, nomsId, clientUniqueRef);
    if (!transaction) throw hmppsNotFound(`Transaction with client_unique_ref ${clientUniqueRef} not found`);
    return withoutAccount(transaction);
  }

  @Post('v1/prison/:prisonId/offenders/:nomsId/transactions')
  @HttpCode(200)
  postTransaction(
    @Param('prisonId') prisonId: string,
    @Param('nomsId') nomsId: string,
    @Body() body: TransactionBody,
  ) {
    accountsOf(prisonId, nomsId);
    const code = typeof body?.type === 'string' ? body.type : '';
    const type = TRANSACTION_TYPES[code];
    if (!type) throw badRequest(`Invalid transaction type: ${code}`);
    const posting = validPosting(body);
    const [entry] = this.store.record(prisonId, nomsId, [
      {
        account: type.account,
        type: { code, desc: type.desc },
        description: posting.description,
        amount: posting.amount,
        clientUniqueRef: posting.ref,
      },
    ]);
    return { id: entry.id, description: entry.description };
  }

  @Post('finance/prison/:prisonId/offenders/:nomsId/transfer-to-savings')
  @HttpCode(200)
  transferToSavings(
    @Param('prisonId') prisonId: string,
    @Param('nomsId') nomsId: string,
    @Body() body: TransactionBody,
  ) {
    accountsOf(prisonId, nomsId);
    const posting = validPosting(body ?? {});
    const entry = (account: string) => ({
      account,
      type: TRANSFER_TYPE,
      description: posting.description,
      amount: posting.amount,
      clientUniqueRef: posting.ref,
    });
    const [debit, credit] = this.store.record(prisonId, nomsId, [entry('spends'), entry('savings')]);
    return {
      debitTransaction: { id: debit.id },
      creditTransaction: { id: credit.id },
      transactionId: Number(debit.id.split('-')[0]),
    };
  }
}

function accountsOf(prisonId: string, nomsId: string): Accounts {
  const accounts = ACCOUNTS[prisonId]?.[nomsId];
  if (accounts) return accounts;
  const heldElsewhere = Object.values(ACCOUNTS).some((prisoners) => prisoners[nomsId] !== undefined);
  if (heldElsewhere) throw badRequest(`Offender ${nomsId} has no accounts at prison ${prisonId}`);
  throw hmppsNotFound(`Offender ${nomsId} not found`);
}
