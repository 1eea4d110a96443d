import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';

const CASE_DETAILS = readHmppsFixture<Record<string, Record<string, unknown>>>(
  'effective-proposal-framework',
  'case-details.json',
);

/** Stand-in for Effective Proposal Framework and Delius (`/effective-proposal-framework`). */
@Controller('effective-proposal-framework/case-details')
@UseGuards(StubBearerGuard)
export class EffectiveProposalFrameworkController {
  /** nDelius answers 404 for an unknown CRN or event alike. */
  @Get(':crn/:eventNumber')
  getCaseDetails(@Param('crn') crn: string, @Param('eventNumber') eventNumber: string): unknown {
    const detail = CASE_DETAILS[crn]?.[eventNumber];
    if (!detail) throw hmppsNotFound(`Event ${eventNumber} not found for ${crn}`);
    return detail;
  }
}
