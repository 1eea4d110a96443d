import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';

const SUPERVISIONS = readHmppsFixture<Record<string, unknown>>('ndelius', 'supervisions.json');

/** Stand-in for nDelius' `/case/{crn}/supervisions`: sentences, registrations and the community manager. */
@Controller('ndelius/case')
@UseGuards(StubBearerGuard)
export class NDeliusSupervisionsController {
  @Get(':crn/supervisions')
  getSupervisions(@Param('crn') crn: string): unknown {
    const supervisions = SUPERVISIONS[crn];
    if (!supervisions) throw hmppsNotFound(`Person with crn of ${crn} not found`);
    return supervisions;
  }
}
