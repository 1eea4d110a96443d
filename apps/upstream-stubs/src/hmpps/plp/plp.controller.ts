import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';

interface PlpRecord {
  inductionSchedule: unknown;
  inductionScheduleHistory: unknown[];
  reviews: unknown;
  reviewSchedules: unknown[];
}

const PLP = readHmppsFixture<Record<string, PlpRecord>>('plp', 'plp.json');

function recordOf(prisonNumber: string, what: string): PlpRecord {
  const record = PLP[prisonNumber];
  if (!record) throw hmppsNotFound(`${what} not found for prisoner [${prisonNumber}]`);
  return record;
}

/** Stand-in for the Education and Work Plan (PLP) API (`/plp`). */
@Controller('plp')
@UseGuards(StubBearerGuard)
export class PlpController {
  @Get('inductions/:prisonNumber/induction-schedule')
  getInductionSchedule(@Param('prisonNumber') prisonNumber: string): unknown {
    return recordOf(prisonNumber, 'Induction schedule').inductionSchedule;
  }

  @Get('inductions/:prisonNumber/induction-schedule/history')
  getInductionScheduleHistory(@Param('prisonNumber') prisonNumber: string): unknown {
    return { inductionSchedules: recordOf(prisonNumber, 'Induction schedule').inductionScheduleHistory };
  }

  @Get('action-plans/:prisonNumber/reviews')
  getReviews(@Param('prisonNumber') prisonNumber: string): unknown {
    return recordOf(prisonNumber, 'Action plan').reviews;
  }

  @Get('action-plans/:prisonNumber/reviews/review-schedules')
  getReviewSchedules(@Param('prisonNumber') prisonNumber: string): unknown {
    return { reviewSchedules: recordOf(prisonNumber, 'Review schedules').reviewSchedules };
  }
}
