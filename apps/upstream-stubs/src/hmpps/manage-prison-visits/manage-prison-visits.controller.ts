import { BadRequestException, Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';
import { SpringPage, springPage, wholeNumber } from '../spring-page';

interface StubVisit {
  reference: string;
  prisonerId: string;
  prisonId: string;
  visitStatus: string;
  startTimestamp: string;
}

const VISITS = readHmppsFixture<StubVisit[]>('manage-prison-visits', 'visits.json');
const VISIT_STATUSES = ['BOOKED', 'CANCELLED'];

interface VisitSearchQuery {
  prisonId?: string;
  prisonerId?: string;
  visitStatus?: string;
  visitStartDate?: string;
  visitEndDate?: string;
  page?: string;
  size?: string;
}

/** Stand-in for the Manage Prison Visits orchestration service (`/manage-prison-visits`). */
@Controller('manage-prison-visits/visits')
@UseGuards(StubBearerGuard)
export class ManagePrisonVisitsController {
  /** `prisonId` and `visitStatus` are required; dates bound the visit's start (inclusive days). */
  @Get('search')
  search(@Query() query: VisitSearchQuery): SpringPage<StubVisit> {
    const page = wholeNumber(query.page, 0, 0);
    const size = wholeNumber(query.size, 20, 1);
    if (!query.prisonId || !query.visitStatus || !VISIT_STATUSES.includes(query.visitStatus)) {
      throw new BadRequestException('prisonId and a visitStatus of BOOKED or CANCELLED are required');
    }
    if (page === undefined || size === undefined) throw new BadRequestException('Invalid page or size');
    const matching = VISITS.filter(
      (visit) =>
        visit.prisonId === query.prisonId &&
        visit.visitStatus === query.visitStatus &&
        (!query.prisonerId || visit.prisonerId === query.prisonerId) &&
        (!query.visitStartDate || visit.startTimestamp.slice(0, 10) >= query.visitStartDate) &&
        (!query.visitEndDate || visit.startTimestamp.slice(0, 10) <= query.visitEndDate),
    );
    return springPage(matching, page, size);
  }

  /** Booked visits still to come, soonest first. */
  @Get('search/future/:prisonerId')
  future(@Param('prisonerId') prisonerId: string): StubVisit[] {
    const now = new Date().toISOString().slice(0, 19);
    return VISITS.filter(
      (visit) =>
        visit.prisonerId === prisonerId && visit.visitStatus === 'BOOKED' && visit.startTimestamp > now,
    ).sort((a, b) => a.startTimestamp.localeCompare(b.startTimestamp));
  }

  @Get(':reference')
  getVisit(@Param('reference') reference: string): StubVisit {
    const visit = VISITS.find((candidate) => candidate.reference === reference);
    if (!visit) throw hmppsNotFound(`Visit reference ${reference} not found`);
    return visit;
  }
}
