import { Module } from '@nestjs/common';
import { PlatformModule } from '@libs/platform';
import { UpstreamModule } from '@libs/upstream';
import { AuditSink } from './audit/audit-event';
import { BrmAuditor } from './audit/brm-auditor';
import { LogAuditSink } from './audit/log-audit.sink';
import { brmConfigProvider } from './config';
import { APP_NAME } from './app-name';
import { GroNiConnector } from './lookup/gro-ni.connector';
import { RegistryLookupService } from './lookup/registry-lookup.service';
import { MatchController } from './match/match.controller';
import { MatchService } from './match/match.service';
import { BrmMetrics } from './metrics/brm-metrics';
import { PingController } from './ping/ping.controller';
import { DesClient } from './upstream/des.client';
import { GroClient } from './upstream/gro.client';

@Module({
  imports: [PlatformModule.forRoot({ name: APP_NAME, required: [] }), UpstreamModule],
  controllers: [MatchController, PingController],
  providers: [
    brmConfigProvider,
    { provide: AuditSink, useClass: LogAuditSink },
    BrmAuditor,
    BrmMetrics,
    GroClient,
    DesClient,
    GroNiConnector,
    RegistryLookupService,
    MatchService,
  ],
})
export class AppModule {}
