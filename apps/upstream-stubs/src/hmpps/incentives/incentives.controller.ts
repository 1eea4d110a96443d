import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';

const REVIEWS = readHmppsFixture<Record<string, unknown>>('incentives', 'incentive-reviews.json');

/** Stand-in for the Incentives API (`/incentives`). */
@Controller('incentives')
@UseGuards(StubBearerGuard)
export class IncentivesController {
  @Get('incentive-reviews/prisoner/:prisonerNumber')
  getReviews(@Param('prisonerNumber') prisonerNumber: string): unknown {
    const reviews = REVIEWS[prisonerNumber];
    if (!reviews) throw hmppsNotFound(`No active booking found for prisoner ${prisonerNumber}`);
    return reviews;
  }
}
