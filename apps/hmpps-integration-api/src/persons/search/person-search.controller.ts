import { Audit } from '@libs/queue';
import { queryOf } from '../../audit/audit-details';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { PaginatedResponse } from '../../common/envelopes';
import { ApiOperationErrors, ApiPagingQueries } from '../../common/openapi';
import { paginate } from '../../common/pagination';
import { ApiPaginatedOk } from '../../common/response-classes';
import { nameSearchQuery, pageRequestOf, QueryMap, singleValue } from '../../common/query-params';
import { Person } from '../../domain/person';
import { PersonSearchService } from './person-search.service';

@ApiTags('persons')
@Controller('v1/persons')
export class PersonSearchController {
  constructor(private readonly service: PersonSearchService) {}

  @Get()
  @ApiOperation({
    summary: 'Search for people in prison and probation records',
    description:
      'Returns person(s) by search criteria, prison matches first then probation matches, each sorted by date of birth (newest first). At least one of first_name, last_name, pnc_number or date_of_birth must be given.',
  })
  @ApiQuery({ name: 'first_name', required: false })
  @ApiQuery({ name: 'last_name', required: false })
  @ApiQuery({
    name: 'pnc_number',
    required: false,
    description: 'A URL-encoded PNC id; searches probation only',
  })
  @ApiQuery({ name: 'date_of_birth', required: false, description: 'yyyy-MM-dd' })
  @ApiQuery({ name: 'search_within_aliases', required: false, schema: { type: 'boolean', default: false } })
  @ApiPagingQueries()
  @ApiPaginatedOk(Person, 'The matching people; an empty list when nobody matches.')
  @ApiOperationErrors(400)
  @Audit('SEARCH_PERSON', (request) => {
    const query = queryOf(request);
    const names = nameSearchQuery(query, ['pnc_number']);
    return {
      firstName: names.firstName ?? null,
      lastName: names.lastName ?? null,
      aliases: names.searchWithinAliases,
      pncNumber: singleValue(query.pnc_number, 'pnc_number') || null,
      dateOfBirth: names.dateOfBirth ?? null,
    };
  })
  async search(@Query() query: QueryMap): Promise<PaginatedResponse<Person>> {
    const names = nameSearchQuery(query, ['pnc_number']);
    const pncNumber = singleValue(query.pnc_number, 'pnc_number') || undefined;
    const { page, perPage } = pageRequestOf(query);
    const people = await this.service.search({ ...names, pncNumber });
    return paginate(people, page, perPage);
  }
}
