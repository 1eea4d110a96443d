import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/identity.module';
import { ActiveAlertsController } from './active-alerts.controller';
import { ActiveAlertsService } from './active-alerts.service';
import { AlertsController } from './alerts.controller';
import { AlertsService } from './alerts.service';
import { PndAlertsController } from './pnd-alerts.controller';

/** Alerts and PND alerts (spec §5.3 #21–23). */
@Module({
  imports: [IdentityModule],
  controllers: [AlertsController, PndAlertsController, ActiveAlertsController],
  providers: [AlertsService, ActiveAlertsService],
})
export class AlertsModule {}
