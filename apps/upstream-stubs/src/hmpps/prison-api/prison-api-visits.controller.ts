import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';

const RESTRICTIONS = readHmppsFixture<Record<string, unknown>>('prison-api', 'offender-restrictions.json');
const VISIT_BALANCES = readHmppsFixture<Record<string, unknown>>('prison-api', 'visit-balances.json');

/** Stand-in for Prison API's visit routes: offender restrictions and visit order balances. */
@Controller('prison-api/api')
@UseGuards(StubBearerGuard)
export class PrisonApiVisitsController {
  @Get('offenders/:offenderNo/offender-restrictions')
  getRestrictions(@Param('offenderNo') offenderNo: string): unknown {
    const restrictions = RESTRICTIONS[offenderNo];
    if (!restrictions) throw hmppsNotFound(`Resource with id [${offenderNo}] not found.`);
    return restrictions;
  }

  @Get('bookings/offenderNo/:offenderNo/visit/balances')
  getVisitBalances(@Param('offenderNo') offenderNo: string): unknown {
    const balances = VISIT_BALANCES[offenderNo];
    if (!balances) throw hmppsNotFound(`Resource with id [${offenderNo}] not found.`);
    return balances;
  }
}
