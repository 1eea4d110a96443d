import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, matchesText, readHmppsFixture } from '../hmpps-fixtures';

interface StubPrisoner {
  prisonerNumber: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  prisonId: string;
  pncNumber?: string;
  pncNumberCanonicalShort?: string;
  pncNumberCanonicalLong?: string;
  identifiers?: { type: string; value: string }[];
  aliases: { firstName: string | null; lastName: string | null; dateOfBirth: string | null }[];
}

/** A matcher of Prisoner Search's attribute search (`type` String, Date or PNC). */
interface AttributeMatcher {
  type?: string;
  attribute?: string;
  condition?: string;
  searchTerm?: string;
  minValue?: string;
  maxValue?: string;
  pncNumber?: string;
}

interface AttributeQuery {
  joinType?: string;
  matchers?: AttributeMatcher[];
  subQueries?: AttributeQuery[];
}

interface AttributeSearch {
  joinType?: string;
  queries?: AttributeQuery[];
  pagination?: { page?: number; size?: number };
}

/** Every value at a dotted attribute path, arrays flattened (`identifiers.type` is each identifier's type). */
function attributeValues(value: unknown, path: string[]): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => attributeValues(item, path));
  if (path.length === 0) return [value];
  if (typeof value !== 'object' || value === null) return [];
  return attributeValues((value as Record<string, unknown>)[path[0]], path.slice(1));
}

function matchesMatcher(prisoner: StubPrisoner, matcher: AttributeMatcher): boolean {
  if (matcher.type === 'PNC') {
    const pnc = matcher.pncNumber ?? '';
    return [prisoner.pncNumber, prisoner.pncNumberCanonicalShort, prisoner.pncNumberCanonicalLong].includes(
      pnc,
    );
  }
  const values = attributeValues(prisoner, (matcher.attribute ?? '').split('.')).map((value) =>
    String(value ?? '').toLowerCase(),
  );
  if (matcher.type === 'Date') {
    return values.some(
      (value) =>
        (!matcher.minValue || value >= matcher.minValue) && (!matcher.maxValue || value <= matcher.maxValue),
    );
  }
  const term = (matcher.searchTerm ?? '').toLowerCase();
  switch (matcher.condition) {
    case 'IS':
      return values.includes(term);
    case 'IS_NOT':
      return !values.includes(term);
    case 'CONTAINS':
      return values.some((value) => value.includes(term));
    case 'STARTSWITH':
      return values.some((value) => value.startsWith(term));
    case 'IN':
      return term.split(',').some((item) => values.includes(item.trim()));
    default:
      throw new BadRequestException({ status: 400, userMessage: `Unknown condition ${matcher.condition}` });
  }
}

function matchesQuery(prisoner: StubPrisoner, query: AttributeQuery): boolean {
  const results = [
    ...(query.matchers ?? []).map((matcher) => matchesMatcher(prisoner, matcher)),
    ...(query.subQueries ?? []).map((subQuery) => matchesQuery(prisoner, subQuery)),
  ];
  return query.joinType === 'OR' ? results.some(Boolean) : results.every(Boolean);
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

  /**
   * Prisoners matching every (`AND`) or any (`OR`) query, each query its matchers and sub-queries; the
   * page is `?page=&size=` when given, else the body's `pagination`, else the first 10.
   */
  @Post('attribute-search')
  @HttpCode(200)
  attributeSearch(
    @Body() search: AttributeSearch,
    @Query('page') pageNumber: string | undefined,
    @Query('size') size: string | undefined,
  ) {
    if (!search?.queries?.length) {
      throw new BadRequestException({ status: 400, userMessage: 'At least one query must be provided' });
    }
    const queries = search.queries;
    const matching = PRISONERS.filter((prisoner) =>
      search.joinType === 'OR'
        ? queries.some((query) => matchesQuery(prisoner, query))
        : queries.every((query) => matchesQuery(prisoner, query)),
    );
    return page(
      matching,
      pageNumber !== undefined ? Number(pageNumber) : (search.pagination?.page ?? 0),
      size !== undefined ? Number(size) : (search.pagination?.size ?? 10),
    );
  }
}
