import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';

const PRIMARY_POMS = readHmppsFixture<Record<string, unknown>>('manage-pom-case', 'primary-poms.json');

/** Stand-in for Manage POM Case (`/manage-pom-case`). */
@Controller('manage-pom-case/api/allocation')
@UseGuards(StubBearerGuard)
export class ManagePomCaseController {
  @Get(':nomsNumber/primary_pom')
  getPrimaryPom(@Param('nomsNumber') nomsNumber: string): unknown {
    const allocation = PRIMARY_POMS[nomsNumber];
    if (!allocation) throw hmppsNotFound(`Not allocated: ${nomsNumber}`);
    return allocation;
  }
}
