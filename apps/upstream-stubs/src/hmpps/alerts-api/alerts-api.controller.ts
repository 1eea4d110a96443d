import { BadRequestException, Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { readHmppsFixture } from '../hmpps-fixtures';
import { springPage, wholeNumber } from '../spring-page';

interface StubAlert {
  isActive: boolean;
  activeFrom: string;
  alertCode: { code: string };
  [property: string]: unknown;
}

const ALERTS = readHmppsFixture<Record<string, StubAlert[]>>('alerts-api', 'alerts.json');

/** Spring binds a `Boolean?` from `true`/`false` in any case; absent or empty is null (every alert). */
function isActiveFilter(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  if (/^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  throw new BadRequestException(`Invalid isActive: ${value}`);
}

/**
 * Spring's `sort=property[,asc|desc]` on a top-level alert property (ascending unless `desc`, as Spring
 * reads it); without `sort`, the service's default `activeFrom,DESC`. Equal values keep fixture order.
 */
function comparator(sort: string | undefined): (a: StubAlert, b: StubAlert) => number {
  const [property, direction = 'asc'] = sort
    ? sort.split(',').map((part) => part.trim())
    : ['activeFrom', 'desc'];
  if (!/^(asc|desc)$/i.test(direction)) throw new BadRequestException(`Invalid sort direction: ${direction}`);
  const known = Object.values(ALERTS).some((alerts) =>
    alerts.some((alert) => Object.hasOwn(alert, property)),
  );
  if (!known) throw new BadRequestException(`No property '${property}' found for type 'Alert'`);
  const sign = direction.toLowerCase() === 'asc' ? 1 : -1;
  const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
  return (a, b) => sign * text(a[property]).localeCompare(text(b[property]));
}

/**
 * Stand-in for the Alerts API (`/alerts-api`). A prisoner without alerts has an empty page, as the real
 * service answers (it does not check that the prisoner exists); `isActive` and `alertCode`
 * (comma-separated) narrow the list; `page` (from 0), `size` and `sort` (newest `activeFrom` first by
 * default) page it as Spring does.
 */
@Controller('alerts-api')
@UseGuards(StubBearerGuard)
export class AlertsApiController {
  @Get('prisoners/:prisonNumber/alerts')
  getAlerts(@Param('prisonNumber') prisonNumber: string, @Query() query: Record<string, string | undefined>) {
    const page = wholeNumber(query.page, 0, 0);
    const size = wholeNumber(query.size, 2147483647, 1);
    if (page === undefined || size === undefined) throw new BadRequestException('Invalid page or size');
    const isActive = isActiveFilter(query.isActive);
    const codes = query.alertCode?.split(',').map((code) => code.trim());
    const alerts = (Object.hasOwn(ALERTS, prisonNumber) ? ALERTS[prisonNumber] : [])
      .filter((alert) => isActive === undefined || alert.isActive === isActive)
      .filter((alert) => !codes || codes.includes(alert.alertCode.code))
      .sort(comparator(query.sort));
    return springPage(alerts, page, size);
  }
}
