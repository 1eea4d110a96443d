import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/identity.module';
import { LearningPlanController } from './learning-plan.controller';
import { LearningPlanService } from './learning-plan.service';

@Module({
  imports: [IdentityModule],
  controllers: [LearningPlanController],
  providers: [LearningPlanService],
})
export class EducationModule {}
