import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/identity.module';
import { BalancesController } from './balances.controller';
import { BalancesService } from './balances.service';
import { TransactionPostingService } from './transaction-posting.service';
import { TransactionsController } from './transactions.controller';
import { TransactionsService } from './transactions.service';

/** `/v1/prison/{prisonId}/prisoners/{hmppsId}/…`: balances, transactions and postings. */
@Module({
  imports: [IdentityModule],
  controllers: [BalancesController, TransactionsController],
  providers: [BalancesService, TransactionsService, TransactionPostingService],
})
export class FinanceModule {}
