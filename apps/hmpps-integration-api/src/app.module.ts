import { Module } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DatabaseModule } from '@libs/database';
import { PlatformModule } from '@libs/platform';
import { OUTBOX_ENTITIES, OUTBOX_MIGRATIONS, QueueModule } from '@libs/queue';
import { UpstreamModule } from '@libs/upstream';
import { ActivitiesModule } from './activities/activities.module';
import { APP_NAME } from './app-name';
import { AppConfigModule } from './app-config.module';
import { ConsumersModule } from './consumers/consumers.module';
import { HmppsIdModule } from './hmpps-id/hmpps-id.module';
import { ImagesModule } from './images/images.module';
import { EpfModule } from './epf/epf.module';
import { MIGRATIONS } from './database/migrations';
import { EventsModule } from './events/events.module';
import { FeatureFlagsModule } from './feature-flags/feature-flags.module';
import { PersonRecordsModule } from './persons/person-records.module';
import { PersonsModule } from './persons/persons.module';
import { PrisonerProfileModule } from './persons/prisoner-profile/prisoner-profile.module';
import { PrisonHistoryModule } from './persons/prison-history/prison-history.module';
import { HealthAndDietModule } from './persons/health-and-diet/health-and-diet.module';
import { HMPPS_QUEUES, HMPPS_TOPICS } from './queues';
import { PrisonModule } from './prison/prison.module';
import { ReferenceDataModule } from './reference-data/reference-data.module';
import { GatewaysModule } from './upstream/gateways.module';
import { ContactsModule } from './contacts/contacts.module';
import { EducationModule } from './persons/education/education.module';
import { ExpressionOfInterestModule } from './persons/expression-of-interest/expression-of-interest.module';
import { IncentivesModule } from './persons/incentives/incentives.module';
import { FinanceModule } from './prison/finance/finance.module';
import { NonAssociationsModule } from './prison/non-associations/non-associations.module';
import { StatusModule } from './status/status.module';
import { AddressSearchModule } from './address-search/address-search.module';
import { QueueAdminModule } from './queue-admin/queue-admin.module';
import { RedactionModule } from './redaction/redaction.module';
import { VisitsModule } from './visits/visits.module';
import { VisitWritesModule } from './visits/visit-writes.module';
import { LocationsModule } from './prison/locations/locations.module';
import { PrisonerBaseLocationModule } from './persons/prisoner-base-location/prisoner-base-location.module';
import { EducationRecordsModule } from './persons/education-records/education-records.module';
import { ProbationRecordsModule } from './persons/probation-records/probation-records.module';

/** Audit events: who is the consumer (client-certificate CN), details the JSON-encoded map. */
const AUDIT = {
  service: 'hmpps-integration-api',
  who: (request: FastifyRequest) => request.consumer?.name,
  encodeDetails: (details: unknown) => JSON.stringify(details),
};

@Module({
  imports: [
    PlatformModule.forRoot({ name: APP_NAME, required: [] }),
    AppConfigModule,
    // The database holds the outbox (messages on their way to SQS/SNS) and the integration events.
    DatabaseModule.forRoot({
      entities: OUTBOX_ENTITIES,
      migrations: [...OUTBOX_MIGRATIONS, ...MIGRATIONS],
    }),
    QueueModule.forRoot({ queues: HMPPS_QUEUES, topics: HMPPS_TOPICS, audit: AUDIT }),
    UpstreamModule,
    GatewaysModule,
    ConsumersModule,
    FeatureFlagsModule,
    RedactionModule,
    PersonsModule,
    PersonRecordsModule,
    PrisonerProfileModule,
    PrisonHistoryModule,
    HealthAndDietModule,
    EpfModule,
    ImagesModule,
    HmppsIdModule,
    PrisonModule,
    ReferenceDataModule,
    FinanceModule,
    NonAssociationsModule,
    VisitsModule,
    LocationsModule,
    VisitWritesModule,
    PrisonerBaseLocationModule,
    ActivitiesModule,
    ContactsModule,
    IncentivesModule,
    EducationModule,
    ExpressionOfInterestModule,
    ProbationRecordsModule,
    EducationRecordsModule,
    StatusModule,
    AddressSearchModule,
    QueueAdminModule,
    EventsModule,
  ],
})
export class AppModule {}
