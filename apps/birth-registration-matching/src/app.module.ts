import { Module } from '@nestjs/common';
import { PlatformModule } from '@libs/platform';
import { UpstreamModule } from '@libs/upstream';
import { AuditSink } from './audit/audit-event';
import { BrmAuditor } from './audit/brm-auditor';
import { LogAuditSink } from './audit/log-audit.sink';
import { brmConfigProvider } from './brm-config.provider';
import { REQUIRED_ENV } from './config';
import { GroNiConnector } from './lookup/gro-ni.connector';
import { RegistryLookupService } from './lookup/registry-lookup.service';
import { MatchController } from './match/match.controller';
import { MatchService } from './match/match.service';
import { BrmMetrics } from './metrics/brm-metrics';
import { PingController } from './ping/ping.controller';
import { DesClient } from './upstream/des.client';
import { GroClient } from './upstream/gro.client';

export const APP_NAME = 'birth-registration-matching';

@Module({
  imports: [PlatformModule.forRoot({ name: APP_NAME, required: REQUIRED_ENV }), UpstreamModule],
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
