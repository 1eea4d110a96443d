import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { PersonVisitsController } from './person-visits.controller';
import { PersonVisitsService } from './person-visits.service';
import { VisitReferenceController } from './visit-reference.controller';
import { VisitReferenceService } from './visit-reference.service';
import { VisitSearchController } from './visit-search.controller';
import { VisitSearchService } from './visit-search.service';
import { VisitorRestrictionsService } from './visitor-restrictions.service';

/** Visits: Manage Prison Visits, Prison API and Personal Relationships. */
@Module({
  imports: [IdentityModule],
  controllers: [VisitSearchController, VisitReferenceController, PersonVisitsController],
  providers: [VisitSearchService, VisitReferenceService, PersonVisitsService, VisitorRestrictionsService],
})
export class VisitsModule {}
