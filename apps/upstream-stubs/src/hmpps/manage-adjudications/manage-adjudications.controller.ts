import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';

const ADJUDICATIONS = readHmppsFixture<Record<string, unknown[]>>(
  'manage-adjudications',
  'reported-adjudications.json',
);

/** Stand-in for Manage Adjudications (`/manage-adjudications`). */
@Controller('manage-adjudications/reported-adjudications')
@UseGuards(StubBearerGuard)
export class ManageAdjudicationsController {
  @Get('prisoner/:prisonerNumber')
  getReportedAdjudications(@Param('prisonerNumber') prisonerNumber: string): unknown[] {
    const adjudications = ADJUDICATIONS[prisonerNumber];
    if (!adjudications) throw hmppsNotFound(`Prisoner ${prisonerNumber} not found`);
    return adjudications;
  }
}
