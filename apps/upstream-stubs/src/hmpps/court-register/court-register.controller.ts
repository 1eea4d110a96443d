import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';

const COURTS = readHmppsFixture<Record<string, unknown>>('court-register', 'courts.json');

/** Stand-in for the Court Register API (`/court-register`). */
@Controller('court-register')
@UseGuards(StubBearerGuard)
export class CourtRegisterController {
  @Get('courts/id/:courtId')
  getCourt(@Param('courtId') courtId: string): unknown {
    const court = Object.hasOwn(COURTS, courtId) ? COURTS[courtId] : undefined;
    if (!court) throw hmppsNotFound(`Court ${courtId} not found`);
    return court;
  }
}
