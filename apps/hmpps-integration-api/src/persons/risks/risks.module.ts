import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/identity.module';
import { NeedsAndPlansController } from './needs-and-plans.controller';
import { ProbationRegistrationsService } from './probation-registrations.service';
import { RiskAssessmentsService } from './risk-assessments.service';
import { RiskCategoriesService } from './risk-categories.service';
import { RisksController } from './risks.controller';

/** Risks, needs, risk management plans and status information. */
@Module({
  imports: [IdentityModule],
  controllers: [RisksController, NeedsAndPlansController],
  providers: [RiskAssessmentsService, ProbationRegistrationsService, RiskCategoriesService],
})
export class RisksModule {}
