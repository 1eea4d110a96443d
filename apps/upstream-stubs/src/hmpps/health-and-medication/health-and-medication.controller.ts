import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';

const PRISONERS = readHmppsFixture<Record<string, unknown>>('health-and-medication', 'prisoners.json');

/** Stand-in for the Health and Medication API (`/health-and-medication`). */
@Controller('health-and-medication')
@UseGuards(StubBearerGuard)
export class HealthAndMedicationController {
  @Get('prisoners/:prisonerNumber')
  getPrisoner(@Param('prisonerNumber') prisonerNumber: string): unknown {
    const record = Object.hasOwn(PRISONERS, prisonerNumber) ? PRISONERS[prisonerNumber] : undefined;
    if (!record) throw hmppsNotFound(`No health and medication data for prisoner ${prisonerNumber}`);
    return record;
  }
}
