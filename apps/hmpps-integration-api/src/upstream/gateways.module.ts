import { Global, Module } from '@nestjs/common';
import { ActivitiesGateway } from './activities/activities.gateway';
import { AdjudicationsGateway } from './adjudications/adjudications.gateway';
import { AssessRisksAndNeedsGateway } from './assess-risks-and-needs/assess-risks-and-needs.gateway';
import { CourtRegisterGateway } from './court-register/court-register.gateway';
import { HealthAndMedicationGateway } from './health-and-medication/health-and-medication.gateway';
import { AlertsGateway } from './alerts/alerts.gateway';
import { CaseNotesGateway } from './case-notes/case-notes.gateway';
import { CreateAndVaryLicenceGateway } from './create-and-vary-licence/create-and-vary-licence.gateway';
import { EffectiveProposalFrameworkGateway } from './effective-proposal-framework/effective-proposal-framework.gateway';
import { IncentivesGateway } from './incentives/incentives.gateway';
import { LocationsInsidePrisonGateway } from './locations-inside-prison/locations-inside-prison.gateway';
import { ManagePomCaseGateway } from './manage-pom-case/manage-pom-case.gateway';
import { ManagePrisonVisitsGateway } from './manage-prison-visits/manage-prison-visits.gateway';
import { NDeliusGateway } from './ndelius/ndelius.gateway';
import { NonAssociationsGateway } from './non-associations/non-associations.gateway';
import { PersonalRelationshipsGateway } from './personal-relationships/personal-relationships.gateway';
import { PlpGateway } from './plp/plp.gateway';
import { PrisonApiGateway } from './prison-api/prison-api.gateway';
import { PrisonerOffenderSearchGateway } from './prisoner-offender-search/prisoner-offender-search.gateway';
import { PrisonerBaseLocationGateway } from './prisoner-base-location/prisoner-base-location.gateway';
import { ProbationOffenderSearchGateway } from './probation-offender-search/probation-offender-search.gateway';
import { RemandAndSentencingGateway } from './remand-and-sentencing/remand-and-sentencing.gateway';
import { UpstreamClients } from './shared/upstream-clients';
import { SupportForAdditionalNeedsGateway } from './support-for-additional-needs/support-for-additional-needs.gateway';

const GATEWAYS = [
  PrisonerOffenderSearchGateway,
  ProbationOffenderSearchGateway,
  PrisonApiGateway,
  NDeliusGateway,
  EffectiveProposalFrameworkGateway,
  AssessRisksAndNeedsGateway,
  AdjudicationsGateway,
  CaseNotesGateway,
  CreateAndVaryLicenceGateway,
  ManagePomCaseGateway,
  PlpGateway,
  NonAssociationsGateway,
  PersonalRelationshipsGateway,
  ManagePrisonVisitsGateway,
  IncentivesGateway,
  LocationsInsidePrisonGateway,
  PrisonerBaseLocationGateway,
  RemandAndSentencingGateway,
  SupportForAdditionalNeedsGateway,
  ActivitiesGateway,
  CourtRegisterGateway,
  HealthAndMedicationGateway,
  AlertsGateway,
];

/** One gateway per upstream, all sharing one cached HMPPS Auth token. */
@Global()
@Module({
  providers: [UpstreamClients, ...GATEWAYS],
  exports: [UpstreamClients, ...GATEWAYS],
})
export class GatewaysModule {}
