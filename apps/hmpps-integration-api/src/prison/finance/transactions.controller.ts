import { Audit } from '@libs/queue';
import { pathDetails, argumentOf } from '../../audit/audit-details';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { DataResponse, dataResponse, PaginatedResponse } from '../../common/envelopes';
import { ApiHmppsIdParam } from '../../common/openapi';
import { paginate } from '../../common/pagination';
import { ApiDataOk, ApiErrors, ApiPaginatedOk } from '../../common/response-classes';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { Transaction, TransactionCreated, TransactionTransferCreated } from '../../domain/finance';
import type { FastifyRequest } from 'fastify';
import { transactionDates, TransactionsQuery } from './transaction-dates';
import { TransactionPostingService } from './transaction-posting.service';
import { TransactionRequestDto, TransactionTransferRequestDto } from './transaction-request.dto';
import * as Schemas from './transaction-responses';
import { TransactionsService } from './transactions.service';

/** A posting's audit details; by the time it is audited the body has passed validation. */
function createdDetails(request: FastifyRequest) {
  return {
    ...pathDetails('hmppsId', 'prisonId')(request),
    clientUniqueRef: (request.body as { clientUniqueRef: string }).clientUniqueRef,
  };
}

@ApiTags('prison finance')
@Controller('v1/prison/:prisonId/prisoners/:hmppsId')
export class TransactionsController {
  constructor(
    private readonly transactions: TransactionsService,
    private readonly postings: TransactionPostingService,
  ) {}

  @Get('accounts/:accountCode/transactions')
  @ApiOperation({
    summary: "Returns a prisoner's transactions on one account at a prison.",
    description: 'Both dates or neither; neither means today. Applicable filters: prisons.',
  })
  @ApiParam({ name: 'prisonId', description: 'The ID of the prison that holds the account' })
  @ApiHmppsIdParam()
  @ApiParam({ name: 'accountCode', description: "One of 'spends', 'savings' or 'cash'" })
  @ApiPaginatedOk(Schemas.Transaction, "Successfully found a prisoner's transactions.")
  @ApiErrors([400, 404])
  @Audit('GET_TRANSACTIONS_FOR_PERSON', (request, args) => ({
    ...pathDetails('hmppsId', 'prisonId')(request),
    ...transactionDates(argumentOf(TransactionsQuery, args)),
  }))
  async getAccountTransactions(
    @Param('prisonId') prisonId: string,
    @Param('hmppsId') hmppsId: string,
    @Param('accountCode') accountCode: string,
    @Query() query: TransactionsQuery,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<PaginatedResponse<Transaction>> {
    const transactions = await this.transactions.getAccountTransactions(
      prisonId,
      hmppsId,
      accountCode,
      transactionDates(query),
      consumer.filters,
    );
    // HEAD pages the whole list the Prison API gives for the dates in memory.
    return paginate(transactions, query.page, query.perPage);
  }

  @Get('transactions/:clientUniqueRef')
  @ApiOperation({
    summary: 'Returns details for a transaction by clientUniqueRef.',
    description: 'Applicable filters: prisons.',
  })
  @ApiParam({ name: 'prisonId', description: 'The ID of the prison that holds the account' })
  @ApiHmppsIdParam()
  @ApiParam({
    name: 'clientUniqueRef',
    description: 'The clientUniqueRef used when the transaction was created',
  })
  @ApiDataOk(Schemas.Transaction, 'Successfully found a transaction.')
  @ApiErrors([400, 404])
  @Audit('GET_TRANSACTION_FOR_PERSON', pathDetails('hmppsId', 'prisonId', 'clientUniqueRef'))
  async getTransaction(
    @Param('prisonId') prisonId: string,
    @Param('hmppsId') hmppsId: string,
    @Param('clientUniqueRef') clientUniqueRef: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<Transaction>> {
    const transaction = await this.transactions.getTransaction(
      prisonId,
      hmppsId,
      clientUniqueRef,
      consumer.filters,
    );
    return dataResponse(transaction);
  }

  @Post('transactions')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Make a financial transaction.',
    description:
      'Amounts are positive whole pence. A repeated clientUniqueRef records nothing new (409). Applicable filters: prisons.',
  })
  @ApiParam({ name: 'prisonId', description: 'The ID of the prison that holds the account' })
  @ApiHmppsIdParam()
  @ApiBody({ type: TransactionRequestDto })
  @ApiDataOk(Schemas.TransactionCreated, 'Successfully created a transaction.')
  @ApiErrors([400, 404, 409], { body: true })
  @Audit('CREATE_TRANSACTION', createdDetails)
  async createTransaction(
    @Param('prisonId') prisonId: string,
    @Param('hmppsId') hmppsId: string,
    @Body() request: TransactionRequestDto,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<TransactionCreated>> {
    const created = await this.postings.createTransaction(
      { prisonId, hmppsId, filters: consumer.filters },
      request,
    );
    return dataResponse(created);
  }

  @Post('transactions/transfer')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Transfer funds between the accounts of a prisoner.',
    description: 'Currently only able to move from spends to savings. Applicable filters: prisons.',
  })
  @ApiParam({ name: 'prisonId', description: 'The ID of the prison that holds the accounts' })
  @ApiHmppsIdParam()
  @ApiBody({ type: TransactionTransferRequestDto })
  @ApiDataOk(Schemas.TransactionTransferCreated, 'Successfully created a transaction transfer.')
  @ApiErrors([400, 404, 409], { body: true })
  @Audit('CREATE_TRANSACTION_TRANSFER', createdDetails)
  async createTransfer(
    @Param('prisonId') prisonId: string,
    @Param('hmppsId') hmppsId: string,
    @Body() request: TransactionTransferRequestDto,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<TransactionTransferCreated>> {
    const created = await this.postings.createTransfer(
      { prisonId, hmppsId, filters: consumer.filters },
      request,
    );
    return dataResponse(created);
  }
}
