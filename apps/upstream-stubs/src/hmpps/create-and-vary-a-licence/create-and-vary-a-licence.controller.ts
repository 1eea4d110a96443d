import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';

const SUMMARIES = readHmppsFixture<Record<string, unknown[]>>(
  'create-and-vary-a-licence',
  'licence-summaries.json',
);
const LICENCES = readHmppsFixture<Record<string, unknown>>('create-and-vary-a-licence', 'licences.json');

/** Stand-in for Create and Vary a Licence's public API (`/create-and-vary-a-licence`). */
@Controller('create-and-vary-a-licence/public')
@UseGuards(StubBearerGuard)
export class CreateAndVaryALicenceController {
  @Get('licence-summaries/crn/:crn')
  getLicenceSummaries(@Param('crn') crn: string): unknown[] {
    const summaries = SUMMARIES[crn];
    if (!summaries) throw hmppsNotFound(`No licences found for crn ${crn}`);
    return summaries;
  }

  @Get('licences/id/:licenceId')
  getLicence(@Param('licenceId') licenceId: string): unknown {
    const licence = LICENCES[licenceId];
    if (!licence) throw hmppsNotFound(`No licence found for id ${licenceId}`);
    return licence;
  }
}
