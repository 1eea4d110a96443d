import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/identity.module';
import { ActiveAlertsController } from './active-alerts.controller';
import { AlertsController } from './alerts.controller';
import { AlertsPageService } from './alerts-page.service';
import { AlertsService } from './alerts.service';
import { PndAlertsController } from './pnd-alerts.controller';

/** Alerts and PND alerts. */
@Module({
  imports: [IdentityModule],
  controllers: [AlertsController, PndAlertsController, ActiveAlertsController],
  providers: [AlertsService, AlertsPageService],
})
export class AlertsModule {}
