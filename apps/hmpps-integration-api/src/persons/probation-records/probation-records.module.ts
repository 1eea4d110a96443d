import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/identity.module';
import { ContactEventsService } from './contact-events.service';
import { ProbationRecordsController } from './probation-records.controller';
import { ProbationRecordsService } from './probation-records.service';

/** HEAD's probation and risk records: contact events, access limitations, assessment summary, court cases. */
@Module({
  imports: [IdentityModule],
  controllers: [ProbationRecordsController],
  providers: [ContactEventsService, ProbationRecordsService],
})
export class ProbationRecordsModule {}
