import { Module } from '@nestjs/common';
import { DatabaseModule } from '@libs/database';
import { PlatformModule } from '@libs/platform';
import { QueueModule } from '@libs/queue';
import { UpstreamModule } from '@libs/upstream';
import { APP_NAME } from './app-platform';
import { AppConfigModule } from './app-config.module';
import { AuditModule } from './audit/audit.module';
import { REQUIRED_ENV } from './config';
import { ConsumersModule } from './consumers/consumers.module';
import { HmppsIdModule } from './hmpps-id/hmpps-id.module';
import { ImagesModule } from './images/images.module';
import { EpfModule } from './epf/epf.module';
import { FeatureFlagsModule } from './feature-flags/feature-flags.module';
import { PersonRecordsModule } from './persons/person-records.module';
import { PersonsModule } from './persons/persons.module';
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

/** Queues the app publishes to; the database holds nothing else (pg-boss adds `<name>-dlq` for each). */
export const QUEUES = ['audit', 'jobsboardintegration'];

@Module({
  imports: [
    PlatformModule.forRoot({ name: APP_NAME, required: REQUIRED_ENV }),
    AppConfigModule,
    DatabaseModule.forRoot({ entities: [], migrations: [] }),
    QueueModule.forRoot({ queues: QUEUES }),
    UpstreamModule,
    GatewaysModule,
    ConsumersModule,
    FeatureFlagsModule,
    RedactionModule,
    AuditModule,
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
  ],
})
export class AppModule {}
