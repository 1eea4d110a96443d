import { Module } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DatabaseModule } from '@libs/database';
import { PlatformModule } from '@libs/platform';
import { OUTBOX_ENTITIES, OUTBOX_MIGRATIONS, QueueModule } from '@libs/queue';
import { UpstreamModule } from '@libs/upstream';
import { APP_NAME } from './app-platform';
import { AppConfigModule } from './app-config.module';
import { REQUIRED_ENV } from './config';
import { ConsumersModule } from './consumers/consumers.module';
import { HmppsIdModule } from './hmpps-id/hmpps-id.module';
import { ImagesModule } from './images/images.module';
import { EpfModule } from './epf/epf.module';
import { EVENT_NOTIFICATION_MIGRATIONS } from './events/event-notification.migrations';
import { EventsModule } from './events/events.module';
import { FeatureFlagsModule } from './feature-flags/feature-flags.module';
import { PersonRecordsModule } from './persons/person-records.module';
import { PersonsModule } from './persons/persons.module';
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
import { QueueAdminModule } from './queue-admin/queue-admin.module';
import { RedactionModule } from './redaction/redaction.module';
import { VisitsModule } from './visits/visits.module';

/** Audit events: who is the consumer (client-certificate CN), details the JSON-encoded map (spec §6.3). */
const AUDIT = {
  service: 'hmpps-integration-api',
  who: (request: FastifyRequest) => request.consumer?.name,
  encodeDetails: (details: unknown) => JSON.stringify(details),
};

@Module({
  imports: [
    PlatformModule.forRoot({ name: APP_NAME, required: REQUIRED_ENV }),
    AppConfigModule,
    // The database holds the outbox (messages on their way to SQS/SNS) and the integration events.
    DatabaseModule.forRoot({
      entities: OUTBOX_ENTITIES,
      migrations: [...OUTBOX_MIGRATIONS, ...EVENT_NOTIFICATION_MIGRATIONS],
    }),
    QueueModule.forRoot({ queues: HMPPS_QUEUES, topics: HMPPS_TOPICS, audit: AUDIT }),
    UpstreamModule,
    GatewaysModule,
    ConsumersModule,
    FeatureFlagsModule,
    RedactionModule,
    PersonsModule,
    PersonRecordsModule,
    EpfModule,
    ImagesModule,
    HmppsIdModule,
    PrisonModule,
    ReferenceDataModule,
    FinanceModule,
    NonAssociationsModule,
    VisitsModule,
    ContactsModule,
    IncentivesModule,
    EducationModule,
    ExpressionOfInterestModule,
    QueueAdminModule,
    EventsModule,
  ],
})
export class AppModule {}
