import { Injectable } from '@nestjs/common';
import { badRequest, requireData } from '../../common/api-errors';
import { hasError, ServiceResult, UpstreamApiErrorType } from '../../common/upstream-api-error';
import { AppConfig } from '../../config';
import { ConsumerFilters } from '../../consumers/consumer-filters';
import { TransactionCreated, TransactionTransferCreated } from '../../domain/finance';
import { PersonIdentityService } from '../../identity/person-identity.service';
// The one service that builds an upstream body itself: the reference's 400 quotes the exact Prison API
// body that was sent, so the service holds it.
// eslint-disable-next-line no-restricted-imports
import { transferOfEntry, TransactionPostingDto } from '../../upstream/prison-api/prison-api-finance.dto';
import { PrisonApiGateway } from '../../upstream/prison-api/prison-api.gateway';
import { invalidPersonOrPrison, nomisNumberAtPrison } from './prisoner-in-prison';
import { postWithRetries, TransactionRetryPolicy } from './transaction-retry';
import { TransactionRequestDto, TransactionTransferRequestDto } from './transaction-request.dto';

interface PostingTarget {
  prisonId: string;
  hmppsId: string;
  filters: ConsumerFilters;
}

/**
 * Posts transactions and transfers to Prison API. An unanswered post is resent; Prison API keeps
 * each client_unique_ref once, so a resend can never record a second transaction. When a resend meets
 * "duplicate", the earlier attempt did land: the recorded transaction is read back and answered, instead
 * of telling the consumer that nothing was recorded.
 */
@Injectable()
export class TransactionPostingService {
  private readonly retryPolicy: TransactionRetryPolicy;

  constructor(
    private readonly identity: PersonIdentityService,
    private readonly prisonApi: PrisonApiGateway,
    config: AppConfig,
  ) {
    this.retryPolicy = {
      retries: config.values.transactionRetries,
      backoffMs: config.values.transactionRetryBackoffMs,
    };
  }

  /** #51 */
  async createTransaction(
    target: PostingTarget,
    request: TransactionRequestDto,
  ): Promise<TransactionCreated> {
    const posting: TransactionPostingDto = {
      type: request.type,
      ...(request.description === undefined || request.description === null
        ? {}
        : { description: request.description }),
      ...postingFields(request),
    };
    const nomisNumber = await this.nomisNumber(target, posting);
    return this.post(
      target,
      nomisNumber,
      posting,
      request.clientTransactionId,
      () => this.prisonApi.postTransaction(target.prisonId, nomisNumber, posting),
      (entryId) => ({ transactionId: entryId }),
    );
  }

  /** #52: only spends → savings exists; that rule is checked before anything else. */
  async createTransfer(
    target: PostingTarget,
    request: TransactionTransferRequestDto,
  ): Promise<TransactionTransferCreated> {
    if (request.fromAccount !== 'spends' || request.toAccount !== 'savings') {
      throw badRequest(
        `${invalidPersonOrPrison(target.hmppsId, target.prisonId)} or invalid request body: Invalid from and/or to accounts provided`,
      );
    }
    const posting: TransactionPostingDto = { description: request.description, ...postingFields(request) };
    const nomisNumber = await this.nomisNumber(target, posting);
    return this.post(
      target,
      nomisNumber,
      posting,
      request.clientTransactionId,
      () => this.prisonApi.postTransferToSavings(target.prisonId, nomisNumber, posting),
      transferOfEntry,
    );
  }

  private async nomisNumber(target: PostingTarget, posting: TransactionPostingDto): Promise<string> {
    const result = await nomisNumberAtPrison(this.identity, target.prisonId, target.hmppsId, target.filters);
    return requireData(result, messagesFor(target, posting, result));
  }

  /** `fromRecordedEntry` turns the id of a transaction read back after a resend into the answer. */
  private async post<T>(
    target: PostingTarget,
    nomisNumber: string,
    posting: TransactionPostingDto,
    clientTransactionId: string,
    attempt: () => Promise<ServiceResult<T | null>>,
    fromRecordedEntry: (entryId: string) => T,
  ): Promise<T> {
    const { value: result, resent } = await postWithRetries(attempt, this.retryPolicy);
    if (resent && hasError(result, UpstreamApiErrorType.CONFLICT)) {
      const recorded = await this.prisonApi.getTransaction(
        target.prisonId,
        nomisNumber,
        posting.client_unique_ref,
      );
      if (recorded.data?.id) return fromRecordedEntry(recorded.data.id);
    }
    return requireData(result, {
      ...messagesFor(target, posting, result),
      conflict: `The transaction ${clientTransactionId} has not been recorded as it is a duplicate.`,
    });
  }
}

function postingFields(request: TransactionRequestDto | TransactionTransferRequestDto) {
  return {
    amount: request.amount,
    client_transaction_id: request.clientTransactionId,
    client_unique_ref: request.clientUniqueRef,
  };
}

/**
 * The reference's answers: a 400 naming the person, the prison and the body sent, and a 404 whose
 * message is the error's description after a space (" Not found" for a prison the consumer may not see).
 */
function messagesFor(target: PostingTarget, posting: TransactionPostingDto, result: ServiceResult<unknown>) {
  const notFound = result.errors.find((error) => error.type === UpstreamApiErrorType.ENTITY_NOT_FOUND);
  return {
    badRequest: `${invalidPersonOrPrison(target.hmppsId, target.prisonId)} or invalid request body: ${JSON.stringify(posting)}`,
    notFound: ` ${notFound?.description ?? 'Not found'}`,
  };
}
