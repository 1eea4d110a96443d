import { Module } from '@nestjs/common';
import { ActivitiesController } from './activities.controller';
import { ActivitiesService } from './activities.service';
import { PrisonActivitiesController } from './prison-activities.controller';

/** HEAD's Activities and Appointments operations, over the Activities API (gateway in `upstream/activities`). */
@Module({
  controllers: [ActivitiesController, PrisonActivitiesController],
  providers: [ActivitiesService],
})
export class ActivitiesModule {}
