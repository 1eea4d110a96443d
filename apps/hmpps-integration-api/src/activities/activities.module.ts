import { Module } from '@nestjs/common';
import { HmppsMessagesModule } from '../hmpps-messages/hmpps-messages.module';
import { IdentityModule } from '../identity/identity.module';
import { ActivitiesQueueService } from './activities-queue.service';
import { ActivitiesController } from './activities.controller';
import { ActivitiesService } from './activities.service';
import { PrisonActivitiesController } from './prison-activities.controller';
import { PrisonerAttendancesController } from './prisoner-attendances.controller';

/** HEAD's Activities and Appointments operations, over the Activities API (gateway in `upstream/activities`). */
@Module({
  imports: [IdentityModule, HmppsMessagesModule],
  controllers: [ActivitiesController, PrisonActivitiesController, PrisonerAttendancesController],
  providers: [ActivitiesService, ActivitiesQueueService],
})
export class ActivitiesModule {}
