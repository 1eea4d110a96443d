import { BadRequestException, Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { readHmppsFixture } from '../hmpps-fixtures';
import { springPage, wholeNumber } from '../spring-page';

interface StubAlert {
  isActive: boolean;
  activeFrom: string;
  alertCode: { code: string };
}

const ALERTS = readHmppsFixture<Record<string, StubAlert[]>>('alerts-api', 'alerts.json');

/**
 * Stand-in for the Alerts API (`/alerts-api`). A prisoner without alerts has an empty page, as the real
 * service answers; `isActive` and `alertCode` (comma-separated) narrow the list, newest first.
 */
@Controller('alerts-api')
@UseGuards(StubBearerGuard)
export class AlertsApiController {
  @Get('prisoners/:prisonNumber/alerts')
  getAlerts(@Param('prisonNumber') prisonNumber: string, @Query() query: Record<string, string | undefined>) {
    const page = wholeNumber(query.page, 0, 0);
    const size = wholeNumber(query.size, 2147483647, 1);
    if (page === undefined || size === undefined) throw new BadRequestException('Invalid page or size');
    const codes = query.alertCode?.split(',').map((code) => code.trim());
    const alerts = (Object.hasOwn(ALERTS, prisonNumber) ? ALERTS[prisonNumber] : [])
      .filter((alert) => query.isActive === undefined || String(alert.isActive) === query.isActive)
      .filter((alert) => !codes || codes.includes(alert.alertCode.code))
      .sort((a, b) => b.activeFrom.localeCompare(a.activeFrom));
    return springPage(alerts, page, size);
  }
}
