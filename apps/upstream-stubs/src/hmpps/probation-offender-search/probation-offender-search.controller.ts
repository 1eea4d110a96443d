import { BadRequestException, Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { matchesText, readHmppsFixture } from '../hmpps-fixtures';

interface StubOffender {
  firstName: string;
  surname: string;
  dateOfBirth: string;
  otherIds: { crn: string; pncNumber?: string | null; nomsNumber?: string | null };
  offenderAliases?: { firstName: string | null; surname: string | null; dateOfBirth: string | null }[];
}

interface SearchRequest {
  crn?: string | null;
  nomsNumber?: string | null;
  pncNumber?: string | null;
  firstName?: string | null;
  surname?: string | null;
  dateOfBirth?: string | null;
  includeAliases?: boolean;
}

const OFFENDERS = readHmppsFixture<StubOffender[]>('probation-offender-search', 'offenders.json');

function matchesIds(offender: StubOffender, request: SearchRequest): boolean {
  return (
    matchesText(request.crn, offender.otherIds.crn) &&
    matchesText(request.nomsNumber, offender.otherIds.nomsNumber) &&
    matchesText(request.pncNumber, offender.otherIds.pncNumber)
  );
}

function matchesNames(offender: StubOffender, request: SearchRequest): boolean {
  const names = [offender, ...(request.includeAliases ? (offender.offenderAliases ?? []) : [])];
  return names.some(
    (name) =>
      matchesText(request.firstName, name.firstName) &&
      matchesText(request.surname, name.surname) &&
      matchesText(request.dateOfBirth, name.dateOfBirth),
  );
}

/** Stand-in for Probation Offender Search (`/probation-offender-search`): `POST /search` answers a list. */
@Controller('probation-offender-search')
@UseGuards(StubBearerGuard)
export class ProbationOffenderSearchController {
  @Post('search')
  @HttpCode(200)
  search(@Body() request: SearchRequest): StubOffender[] {
    const criteria = ['crn', 'nomsNumber', 'pncNumber', 'firstName', 'surname', 'dateOfBirth'] as const;
    if (!criteria.some((name) => request?.[name])) {
      throw new BadRequestException({
        status: 400,
        developerMessage: 'Invalid search - please provide at least 1 search parameter',
      });
    }
    return OFFENDERS.filter((offender) => matchesIds(offender, request) && matchesNames(offender, request));
  }
}
