import { Audit } from '@libs/queue';
import { argumentOf } from '../../audit/audit-details';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { badRequest } from '../../common/api-errors';
import { PaginatedResponse } from '../../common/envelopes';
import { nameSearchOf } from '../../common/name-search.query';
import { ApiOperationErrors } from '../../common/openapi';
import { paginate } from '../../common/pagination';
import { ApiPaginatedOk } from '../../common/response-classes';
import { Person } from '../../domain/person';
import { PersonSearchQuery } from './person-search.query';
import { PersonSearchService } from './person-search.service';

/** HEAD answers only the first page, of at most this many people. */
const MAX_PER_PAGE = 100;
const FIRST_PAGE_ONLY =
  'Only the first page will be returned. The page size is restricted to 100 records. If this is insufficient, then please narrow your search criteria.';

@ApiTags('persons')
@Controller('v1/persons')
export class PersonSearchController {
  constructor(private readonly service: PersonSearchService) {}

  @Get()
  @ApiOperation({
    summary: 'Search for people in prison and probation records',
    description:
      'Returns person(s) by search criteria, prison matches first then probation matches, each sorted by date of birth (newest first). At least one of first_name, last_name, pnc_number or date_of_birth must be given. Only the first page is answered, of at most 100 people (perPage).',
  })
  @ApiPaginatedOk(Person, 'The matching people; an empty list when nobody matches.')
  @ApiOperationErrors(400)
  @Audit('SEARCH_PERSON', (_request, args) => {
    const query = argumentOf(PersonSearchQuery, args);
    return {
      firstName: query.first_name ?? null,
      lastName: query.last_name ?? null,
      aliases: query.search_within_aliases,
      pncNumber: query.pnc_number ?? null,
      dateOfBirth: query.date_of_birth ?? null,
    };
  })
  async search(@Query() query: PersonSearchQuery): Promise<PaginatedResponse<Person>> {
    if (query.page > 1 || query.perPage > MAX_PER_PAGE) throw badRequest(FIRST_PAGE_ONLY);
    const people = await this.service.search(
      { ...nameSearchOf(query), pncNumber: query.pnc_number },
      { page: query.page, perPage: query.perPage },
    );
    return paginate(people, query.page, query.perPage);
  }
}
