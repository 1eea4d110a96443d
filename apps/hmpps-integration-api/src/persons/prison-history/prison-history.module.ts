import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/identity.module';
import { PrisonHistoryController } from './prison-history.controller';
import { PrisonHistoryService } from './prison-history.service';

/** Cell-sharing risk assessments and the prison timeline, from Prison API. */
@Module({
  imports: [IdentityModule],
  controllers: [PrisonHistoryController],
  providers: [PrisonHistoryService],
})
export class PrisonHistoryModule {}
