import { Injectable } from '@nestjs/common';
import { badRequest, requireData } from '../../common/api-errors';
import { ConsumerFilters } from '../../consumers/consumer-filters';
import { isAccountCode, Transaction } from '../../domain/finance';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { PrisonApiGateway } from '../../upstream/prison-api/prison-api.gateway';
import { invalidPersonOrPrison, nomisNumberAtPrison } from './prisoner-in-prison';

export interface TransactionDates {
  fromDate: string;
  toDate: string;
}

@Injectable()
export class TransactionsService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly prisonApi: PrisonApiGateway,
  ) {}

  /** #49: one account's transactions between two dates. */
  async getAccountTransactions(
    prisonId: string,
    hmppsId: string,
    accountCode: string,
    dates: TransactionDates,
    filters: ConsumerFilters,
  ): Promise<Transaction[]> {
    if (!isAccountCode(accountCode)) {
      throw badRequest("Account code must either be 'spends', 'savings', or 'cash'");
    }
    const messages = {
      badRequest: invalidPersonOrPrison(hmppsId, prisonId),
      notFound: `Could not find transactions with id: ${hmppsId}`,
    };
    const nomisNumber = requireData(
      await nomisNumberAtPrison(this.identity, prisonId, hmppsId, filters),
      messages,
    );
    return requireData(
      await this.prisonApi.getAccountTransactions(
        prisonId,
        nomisNumber,
        accountCode,
        dates.fromDate,
        dates.toDate,
      ),
      messages,
    );
  }

  /** #50: the transaction posted under a client's unique reference. */
  async getTransaction(
    prisonId: string,
    hmppsId: string,
    clientUniqueRef: string,
    filters: ConsumerFilters,
  ): Promise<Transaction> {
    const messages = {
      badRequest: invalidPersonOrPrison(hmppsId, prisonId),
      notFound: `Could not find transaction with id: ${clientUniqueRef}`,
    };
    const nomisNumber = requireData(
      await nomisNumberAtPrison(this.identity, prisonId, hmppsId, filters),
      messages,
    );
    return requireData(await this.prisonApi.getTransaction(prisonId, nomisNumber, clientUniqueRef), messages);
  }
}
