import { Module } from '@nestjs/common';
import { ActivitiesStubModule } from './activities/activities-stub.module';
import { HealthAndMedicationStubModule } from './health-and-medication/health-and-medication-stub.module';
import { AlertsApiStubModule } from './alerts-api/alerts-api-stub.module';
import { CourtRegisterStubModule } from './court-register/court-register-stub.module';
import { DomainEventsStubModule } from './domain-events/domain-events-stub.module';
import { EntraIdStubModule } from './entra-id/entra-id-stub.module';
import { HmppsHealthController } from './hmpps-health.controller';
import { ManageUsersStubModule } from './manage-users/manage-users-stub.module';
import { NDeliusStubModule } from './ndelius/ndelius-stub.module';
import { IncentivesStubModule } from './incentives/incentives-stub.module';
import { LocationsInsidePrisonStubModule } from './locations-inside-prison/locations-inside-prison-stub.module';
import { ManagePrisonVisitsStubModule } from './manage-prison-visits/manage-prison-visits-stub.module';
import { NonAssociationsStubModule } from './non-associations/non-associations-stub.module';
import { PersonalRelationshipsStubModule } from './personal-relationships/personal-relationships-stub.module';
import { PlpStubModule } from './plp/plp-stub.module';
import { AssessRisksAndNeedsStubModule } from './assess-risks-and-needs/assess-risks-and-needs-stub.module';
import { CaseNotesStubModule } from './case-notes/case-notes-stub.module';
import { CreateAndVaryALicenceStubModule } from './create-and-vary-a-licence/create-and-vary-a-licence-stub.module';
import { EffectiveProposalFrameworkStubModule } from './effective-proposal-framework/effective-proposal-framework-stub.module';
import { ManageAdjudicationsStubModule } from './manage-adjudications/manage-adjudications-stub.module';
import { ManagePomCaseStubModule } from './manage-pom-case/manage-pom-case-stub.module';
import { PrisonApiStubModule } from './prison-api/prison-api-stub.module';
import { PrisonerOffenderSearchStubModule } from './prisoner-offender-search/prisoner-offender-search-stub.module';
import { PrisonerBaseLocationStubModule } from './prisoner-base-location/prisoner-base-location-stub.module';
import { ProbationOffenderSearchStubModule } from './probation-offender-search/probation-offender-search-stub.module';
import { RemandAndSentencingStubModule } from './remand-and-sentencing/remand-and-sentencing-stub.module';
import { SupportAdditionalNeedsStubModule } from './support-additional-needs/support-additional-needs-stub.module';

/**
 * Stand-ins for the HMPPS prison and probation APIs: one sub-folder and module per upstream, each under
 * its own path prefix (`/prison-api`, `/prisoner-offender-search`, …), with data in `fixtures/hmpps/<upstream>/`.
 */
@Module({
  imports: [
    PrisonerOffenderSearchStubModule,
    ProbationOffenderSearchStubModule,
    PrisonApiStubModule,
    NDeliusStubModule,
    NonAssociationsStubModule,
    ManagePrisonVisitsStubModule,
    PersonalRelationshipsStubModule,
    IncentivesStubModule,
    PlpStubModule,
    AssessRisksAndNeedsStubModule,
    ManageAdjudicationsStubModule,
    CaseNotesStubModule,
    CreateAndVaryALicenceStubModule,
    ManagePomCaseStubModule,
    EffectiveProposalFrameworkStubModule,
    ManageUsersStubModule,
    EntraIdStubModule,
    DomainEventsStubModule,
    LocationsInsidePrisonStubModule,
    PrisonerBaseLocationStubModule,
    RemandAndSentencingStubModule,
    SupportAdditionalNeedsStubModule,
    ActivitiesStubModule,
    CourtRegisterStubModule,
    HealthAndMedicationStubModule,
    AlertsApiStubModule,
  ],
  controllers: [HmppsHealthController],
})
export class HmppsUpstreamsStubModule {}
