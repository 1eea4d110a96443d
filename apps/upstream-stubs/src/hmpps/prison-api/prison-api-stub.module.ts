import { Module } from '@nestjs/common';
import { PrisonApiAlertsController } from './prison-api-alerts.controller';
import { PrisonApiHistoryController } from './prison-api-history.controller';
import { PrisonApiFinanceController } from './prison-api-finance.controller';
import { PrisonApiOffendersController } from './prison-api-offenders.controller';
import { PrisonApiSentencesController } from './prison-api-sentences.controller';
import { PrisonApiTransactionsStore } from './prison-api-transactions.store';
import { PrisonApiVisitsController } from './prison-api-visits.controller';

@Module({
  controllers: [
    PrisonApiOffendersController,
    PrisonApiFinanceController,
    PrisonApiVisitsController,
    PrisonApiSentencesController,
    PrisonApiAlertsController,
    PrisonApiHistoryController,
  ],
  providers: [PrisonApiTransactionsStore],
})
export class PrisonApiStubModule {}
