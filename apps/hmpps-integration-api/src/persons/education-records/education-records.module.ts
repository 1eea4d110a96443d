import { Module } from '@nestjs/common';
import { HmppsMessagesModule } from '../../hmpps-messages/hmpps-messages.module';
import { IdentityModule } from '../../identity/identity.module';
import { EducationEventsController } from './education-events.controller';
import { EducationEventsService } from './education-events.service';
import { EducationRecordsController } from './education-records.controller';
import { EducationRecordsService } from './education-records.service';

/** HEAD's education operations: PLP and SAN records, and the Curious and course completion writes. */
@Module({
  imports: [IdentityModule, HmppsMessagesModule],
  controllers: [EducationRecordsController, EducationEventsController],
  providers: [EducationRecordsService, EducationEventsService],
})
export class EducationRecordsModule {}
