import { BadRequestException, Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';

interface Schedules {
  planCreationSchedules: { reference: string; version?: number }[];
  reviewSchedules: { reference: string; version?: number }[];
}

const SCHEDULES = readHmppsFixture<Record<string, Schedules>>('support-additional-needs', 'schedules.json');

function schedulesOf(prisonNumber: string): Schedules {
  const schedules = SCHEDULES[prisonNumber];
  if (!schedules) throw hmppsNotFound(`Prisoner [${prisonNumber}] has no additional needs profile`);
  return schedules;
}

/** Every version with `includeAllHistory=true`, otherwise only the latest version of each schedule. */
function versions<T extends { reference: string; version?: number }>(items: T[], includeAllHistory: string | undefined): T[] {
  if (includeAllHistory !== undefined && includeAllHistory !== 'true' && includeAllHistory !== 'false') {
    throw new BadRequestException({ status: 400, errorCode: null, userMessage: 'includeAllHistory must be true or false', developerMessage: 'includeAllHistory must be true or false', moreInfo: null });
  }
  if (includeAllHistory === 'true') return items;
  const latest = new Map<string, T>();
  for (const item of items) {
    const seen = latest.get(item.reference);
    if (!seen || (item.version ?? 0) > (seen.version ?? 0)) latest.set(item.reference, item);
  }
  return [...latest.values()];
}

/** Stand-in for Support for Additional Needs (`/support-additional-needs`). */
@Controller('support-additional-needs/profile/:prisonNumber')
@UseGuards(StubBearerGuard)
export class SupportAdditionalNeedsController {
  @Get('plan-creation-schedule')
  getPlanCreationSchedule(
    @Param('prisonNumber') prisonNumber: string,
    @Query('includeAllHistory') includeAllHistory: string | undefined,
  ): unknown {
    return { planCreationSchedules: versions(schedulesOf(prisonNumber).planCreationSchedules, includeAllHistory) };
  }

  @Get('reviews/review-schedules')
  getReviewSchedules(
    @Param('prisonNumber') prisonNumber: string,
    @Query('includeAllHistory') includeAllHistory: string | undefined,
  ): unknown {
    return { reviewSchedules: versions(schedulesOf(prisonNumber).reviewSchedules, includeAllHistory) };
  }
}
