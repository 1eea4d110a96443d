import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { DataResponse, dataResponse } from '../../common/envelopes';
import { ApiHmppsIdParam } from '../../common/openapi';
import { ApiDataOk, ApiErrors } from '../../common/response-classes';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { AccountBalance } from '../../domain/finance';
import * as Schemas from './balance-responses';
import { BalancesService } from './balances.service';

@ApiTags('prison finance')
@Controller('v1/prison/:prisonId/prisoners/:hmppsId')
export class BalancesController {
  constructor(private readonly service: BalancesService) {}

  @Get('balances')
  @ApiOperation({
    summary: 'Returns all accounts for a prisoner that they have at a prison.',
    description: 'Amounts are in pence, listed spends, savings, cash. Applicable filters: prisons.',
  })
  @ApiParam({ name: 'prisonId', description: 'The ID of the prison that holds the accounts' })
  @ApiHmppsIdParam()
  @ApiDataOk(Schemas.AccountBalances, "Successfully found a prisoner's accounts.")
  @ApiErrors([400, 404])
  @Audit('GET_BALANCES_FOR_PERSON', pathDetails('hmppsId', 'prisonId'))
  async getBalances(
    @Param('prisonId') prisonId: string,
    @Param('hmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<{ balances: AccountBalance[] }>> {
    const balances = await this.service.getBalances(prisonId, hmppsId, consumer.filters);
    return dataResponse({ balances });
  }

  @Get('accounts/:accountCode/balances')
  @ApiOperation({
    summary: 'Returns one account of a prisoner at a prison.',
    description: "accountCode is one of 'spends', 'savings' or 'cash'. Applicable filters: prisons.",
  })
  @ApiParam({ name: 'prisonId', description: 'The ID of the prison that holds the account' })
  @ApiHmppsIdParam()
  @ApiParam({ name: 'accountCode', description: "One of 'spends', 'savings' or 'cash'" })
  @ApiDataOk(Schemas.OneAccountBalance, "Successfully found a prisoner's account.")
  @ApiErrors([400, 404])
  @Audit('GET_BALANCE_FOR_PERSON', pathDetails('hmppsId', 'prisonId', 'accountCode'))
  async getBalance(
    @Param('prisonId') prisonId: string,
    @Param('hmppsId') hmppsId: string,
    @Param('accountCode') accountCode: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<{ balance: AccountBalance }>> {
    const balance = await this.service.getBalance(prisonId, hmppsId, accountCode, consumer.filters);
    return dataResponse({ balance });
  }
}
