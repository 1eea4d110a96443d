import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';

const ALERTS = readHmppsFixture<Record<string, unknown[]>>('prison-api', 'alerts.json');
const INMATE_DETAILS = readHmppsFixture<Record<string, unknown>>('prison-api', 'inmate-details.json');

/** Stand-in for the Prison API alert and offender detail routes (`/prison-api`). */
@Controller('prison-api/api/offenders')
@UseGuards(StubBearerGuard)
export class PrisonApiAlertsController {
  @Get(':offenderNo/alerts/v2')
  getAlerts(@Param('offenderNo') offenderNo: string): unknown[] {
    const alerts = ALERTS[offenderNo];
    if (!alerts) throw hmppsNotFound(`Resource with id [${offenderNo}] not found.`);
    return alerts;
  }

  /** `InmateDetail` with its categorisation assessments. */
  @Get(':offenderNo')
  getOffender(@Param('offenderNo') offenderNo: string): unknown {
    const detail = INMATE_DETAILS[offenderNo];
    if (!detail) throw hmppsNotFound(`Resource with id [${offenderNo}] not found.`);
    return detail;
  }
}
