import { Controller, Get, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { readHmppsFixture } from '../hmpps-fixtures';

const REFERENCE_DATA = readHmppsFixture<unknown>('ndelius', 'reference-data.json');

/** Stand-in for nDelius' external API (`/ndelius`). */
@Controller('ndelius')
@UseGuards(StubBearerGuard)
export class NDeliusController {
  @Get('reference-data')
  getReferenceData(): unknown {
    return REFERENCE_DATA;
  }
}
