import { AuthModule } from '@libs/auth';
import { DatabaseModule } from '@libs/database';
import { PlatformModule } from '@libs/platform';
import { OUTBOX_ENTITIES, OUTBOX_MIGRATIONS, QueueModule } from '@libs/queue';
import { UpstreamModule } from '@libs/upstream';
import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OmitNullsInterceptor } from './common/omit-nulls.interceptor';
import { LEARNER_RECORDS_CONFIG, learnerRecordsConfig, LearnerRecordsEnv } from './config';
import { APP_NAME } from './app-name';
import { MIGRATIONS } from './database/migrations';
import { LearnerEventsController } from './learner-events/learner-events.controller';
import { LearnerEventsService } from './learner-events/learner-events.service';
import { LearnersController } from './learners/learners.controller';
import { LearnersService } from './learners/learners.service';
import { MatchController } from './match/match.controller';
import { MatchEntity } from './match/match.entity';
import { MatchService } from './match/match.service';
import { MatchStore } from './match/match.store';
import { SarController } from './sar/sar.controller';
import { QueueAdminController } from './queue-admin/queue-admin.controller';
import { LEARNER_RECORDS_QUEUES } from './queues';
import { SarService } from './sar/sar.service';
import { LrsClient } from './upstream/lrs.client';

@Module({
  imports: [
    PlatformModule.forRoot({ name: APP_NAME, required: [] }),
    AuthModule.forRoot(),
    UpstreamModule,
    DatabaseModule.forRoot({
      entities: [MatchEntity, ...OUTBOX_ENTITIES],
      migrations: [...MIGRATIONS, ...OUTBOX_MIGRATIONS],
    }),
    TypeOrmModule.forFeature([MatchEntity]),
    QueueModule.forRoot(LEARNER_RECORDS_QUEUES),
  ],
  controllers: [
    LearnersController,
    LearnerEventsController,
    MatchController,
    SarController,
    QueueAdminController,
  ],
  providers: [
    {
      provide: LEARNER_RECORDS_CONFIG,
      inject: [LearnerRecordsEnv],
      useFactory: learnerRecordsConfig,
    },
    { provide: APP_INTERCEPTOR, useClass: OmitNullsInterceptor },
    LrsClient,
    LearnersService,
    LearnerEventsService,
    MatchStore,
    MatchService,
    SarService,
  ],
})
export class AppModule {}
