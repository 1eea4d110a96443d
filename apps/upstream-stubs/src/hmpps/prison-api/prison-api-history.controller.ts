import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';

interface PrisonHistoryFixtures {
  csra: Record<string, unknown[]>;
  timelines: Record<string, unknown>;
}

const HISTORY = readHmppsFixture<PrisonHistoryFixtures>('prison-api', 'prison-history.json');

/**
 * Stand-in for Prison API's CSRA and prison-timeline routes (`/prison-api`). Times are London
 * wall-clock times without an offset, as Prison API writes them.
 */
@Controller('prison-api/api')
@UseGuards(StubBearerGuard)
export class PrisonApiHistoryController {
  @Get('offender-assessments/csra/:offenderNo')
  getCsras(@Param('offenderNo') offenderNo: string): unknown[] {
    const assessments = Object.hasOwn(HISTORY.csra, offenderNo) ? HISTORY.csra[offenderNo] : undefined;
    if (!assessments) throw hmppsNotFound(`Offender ${offenderNo} not found`);
    return assessments;
  }

  @Get('offenders/:offenderNo/prison-timeline')
  getPrisonTimeline(@Param('offenderNo') offenderNo: string): unknown {
    const timeline = Object.hasOwn(HISTORY.timelines, offenderNo) ? HISTORY.timelines[offenderNo] : undefined;
    if (!timeline) throw hmppsNotFound(`Prisoner ${offenderNo} not found`);
    return timeline;
  }
}
