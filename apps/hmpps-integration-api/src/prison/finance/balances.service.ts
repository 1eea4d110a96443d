import { Injectable } from '@nestjs/common';
import { badRequest, noInformation, requireData } from '../../common/api-errors';
import { ConsumerFilters } from '../../consumers/consumer-filters';
import { AccountBalance, isAccountCode } from '../../domain/finance';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { PrisonApiGateway } from '../../upstream/prison-api/prison-api.gateway';
import { invalidPersonOrPrison, nomisNumberAtPrison } from './prisoner-in-prison';

@Injectable()
export class BalancesService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly prisonApi: PrisonApiGateway,
  ) {}

  /** #47: spends, savings and cash at one prison, in pence. */
  async getBalances(prisonId: string, hmppsId: string, filters: ConsumerFilters): Promise<AccountBalance[]> {
    const messages = {
      badRequest: invalidPersonOrPrison(hmppsId, prisonId),
      notFound: `Could not find person with id: ${hmppsId}`,
    };
    const nomisNumber = requireData(
      await nomisNumberAtPrison(this.identity, prisonId, hmppsId, filters),
      messages,
    );
    return requireData(await this.prisonApi.getBalances(prisonId, nomisNumber), messages);
  }

  /** #48: one of the three balances; an unknown account code is refused before any upstream call. */
  async getBalance(
    prisonId: string,
    hmppsId: string,
    accountCode: string,
    filters: ConsumerFilters,
  ): Promise<AccountBalance> {
    if (!isAccountCode(accountCode)) {
      throw badRequest(
        `Either invalid HMPPS ID: ${hmppsId}, invalid Account Code: ${accountCode} or incorrect prison: ${prisonId}`,
      );
    }
    const balances = await this.getBalances(prisonId, hmppsId, filters);
    const balance = balances.find((candidate) => candidate.accountCode === accountCode);
    if (!balance) throw noInformation();
    return balance;
  }
}
