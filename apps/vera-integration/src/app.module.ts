import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@libs/auth';
import { DatabaseModule } from '@libs/database';
import { PlatformModule } from '@libs/platform';
import { UpstreamModule } from '@libs/upstream';
import { VERA_CONFIG, VeraConfig, veraConfig, VeraEnv } from './config';
import { SecretCipher } from './crypto/secret-cipher';
import { MIGRATIONS } from './database/migrations';
import { EducationRecordsService } from './education-records/education-records.service';
import { MisApiController } from './mis-api/mis-api.controller';
import { PageSessionEntity } from './page-sessions/page-session.entity';
import { PageSessionStore } from './page-sessions/page-session.store';
import { PublicLinks } from './page-sessions/public-links';
import { PageSessionsApiController } from './page-sessions/page-sessions-api.controller';
import { PageSessionsService } from './page-sessions/page-sessions.service';
import { PageTicketEntity } from './page-sessions/page-ticket.entity';
import { RecordPagesController } from './pages/record-pages.controller';
import { SignInPagesController } from './pages/sign-in-pages.controller';
import { APP_NAME } from './app-name';
import { ProviderEntity } from './providers/provider.entity';
import { ProvidersAdminController } from './providers/providers-admin.controller';
import { ProvidersService } from './providers/providers.service';
import { ShareRequestEntity } from './share-requests/share-request.entity';
import { ShareRequestsService } from './share-requests/share-requests.service';
import { ProviderConnections } from './upstream/provider-connections';
import { VeraApiClient } from './upstream/vera-api.client';

const ENTITIES = [ProviderEntity, ShareRequestEntity, PageTicketEntity, PageSessionEntity];

@Module({
  imports: [
    PlatformModule.forRoot({ name: APP_NAME, required: [] }),
    AuthModule.forRoot(),
    UpstreamModule,
    // Every call to VERA needs the provider's credentials from the database: no database, nothing to serve.
    DatabaseModule.forRoot({ entities: ENTITIES, migrations: MIGRATIONS, requiredForReadiness: true }),
    TypeOrmModule.forFeature(ENTITIES),
  ],
  controllers: [
    ProvidersAdminController,
    MisApiController,
    PageSessionsApiController,
    SignInPagesController,
    RecordPagesController,
  ],
  providers: [
    { provide: VERA_CONFIG, inject: [VeraEnv], useFactory: veraConfig },
    {
      provide: SecretCipher,
      inject: [VERA_CONFIG],
      useFactory: (config: VeraConfig) => new SecretCipher(config.keyring),
    },
    ProvidersService,
    ShareRequestsService,
    EducationRecordsService,
    PageSessionsService,
    PageSessionStore,
    PublicLinks,
    ProviderConnections,
    VeraApiClient,
  ],
})
export class AppModule {}
