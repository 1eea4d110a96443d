import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, matchesText, readHmppsFixture } from '../hmpps-fixtures';

interface StubPrisoner {
  prisonerNumber: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  prisonId: string;
  aliases: { firstName: string | null; lastName: string | null; dateOfBirth: string | null }[];
}

interface NameCriteria {
  firstName?: string | null;
  lastName?: string | null;
  dateOfBirth?: string | null;
  includeAliases?: boolean;
}

const PRISONERS = readHmppsFixture<StubPrisoner[]>('prisoner-offender-search', 'prisoners.json');

function matches(prisoner: StubPrisoner, criteria: NameCriteria): boolean {
  const names = [prisoner, ...(criteria.includeAliases ? prisoner.aliases : [])];
  return names.some(
    (name) =>
      matchesText(criteria.firstName, name.firstName) &&
      matchesText(criteria.lastName, name.lastName) &&
      matchesText(criteria.dateOfBirth, name.dateOfBirth),
  );
}

/** A Spring Data page, as prisoner search answers searches. */
function page<T>(content: T[], pageNumber: number, size: number) {
  const slice = content.slice(pageNumber * size, pageNumber * size + size);
  return {
    content: slice,
    number: pageNumber,
    size,
    numberOfElements: slice.length,
    totalElements: content.length,
    totalPages: Math.ceil(content.length / size),
    first: pageNumber === 0,
    last: (pageNumber + 1) * size >= content.length,
    empty: slice.length === 0,
  };
}

/** Stand-in for Prisoner Offender Search (`/prisoner-offender-search`). */
@Controller('prisoner-offender-search')
@UseGuards(StubBearerGuard)
export class PrisonerOffenderSearchController {
  @Get('prisoner/:prisonerNumber')
  getPrisoner(@Param('prisonerNumber') prisonerNumber: string): StubPrisoner {
    const prisoner = PRISONERS.find((candidate) => candidate.prisonerNumber === prisonerNumber);
    if (!prisoner) throw hmppsNotFound(`Prisoner ${prisonerNumber} not found`);
    return prisoner;
  }

  @Post('global-search')
  @HttpCode(200)
  globalSearch(@Body() criteria: NameCriteria, @Query('page') pageNumber = '0', @Query('size') size = '10') {
    return page(
      PRISONERS.filter((prisoner) => matches(prisoner, criteria)),
      Number(pageNumber),
      Number(size),
    );
  }

  @Post('prisoner-detail')
  @HttpCode(200)
  prisonerDetail(
    @Body() criteria: NameCriteria & { prisonIds?: string[]; pagination?: { page?: number; size?: number } },
  ) {
    const prisonIds = criteria.prisonIds ?? [];
    return page(
      PRISONERS.filter((prisoner) => prisonIds.includes(prisoner.prisonId) && matches(prisoner, criteria)),
      criteria.pagination?.page ?? 0,
      criteria.pagination?.size ?? 10,
    );
  }
}
