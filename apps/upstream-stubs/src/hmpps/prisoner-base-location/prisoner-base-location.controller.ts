import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';

const BASE_LOCATIONS = readHmppsFixture<Record<string, object>>('prisoner-base-location', 'base-locations.json');

/** Stand-in for the Prisoner Base Location API (`/prisoner-base-location`). */
@Controller('prisoner-base-location/v1/persons')
@UseGuards(StubBearerGuard)
export class PrisonerBaseLocationController {
  @Get(':nomisNumber/prisoner-base-location')
  getBaseLocation(@Param('nomisNumber') nomisNumber: string): object {
    const location = BASE_LOCATIONS[nomisNumber];
    if (!location) throw hmppsNotFound(`Prisoner not found: ${nomisNumber}`);
    return location;
  }
}
