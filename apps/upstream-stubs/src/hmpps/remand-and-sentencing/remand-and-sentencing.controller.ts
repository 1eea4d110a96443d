import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';

const COURT_CASES = readHmppsFixture<Record<string, unknown>>('remand-and-sentencing', 'sentenced-court-cases.json');

/** Stand-in for the HMPPS Remand and Sentencing API (`/remand-and-sentencing`). */
@Controller('remand-and-sentencing')
@UseGuards(StubBearerGuard)
export class RemandAndSentencingController {
  @Get('person/:prisonerId/sentenced-court-cases')
  getSentencedCourtCases(@Param('prisonerId') prisonerId: string): unknown {
    const cases = COURT_CASES[prisonerId];
    if (!cases) throw hmppsNotFound(`No court cases found for prisoner ${prisonerId}`);
    return cases;
  }
}
