import { Audit } from '@libs/queue';
import { pathDetails, queryOf } from '../../audit/audit-details';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DataResponse, dataResponse, PaginatedResponse } from '../../common/envelopes';
import { ApiHmppsIdParam, ApiOperationErrors, ApiPagingQueries } from '../../common/openapi';
import { paginate } from '../../common/pagination';
import { ApiDataOk, ApiPaginatedOk } from '../../common/response-classes';
import { nameSearchQuery, pageRequestOf, QueryMap } from '../../common/query-params';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { PersonInPrison } from '../../domain/person';
import { PrisonersService } from './prisoners.service';

@ApiTags('prison')
@Controller('v1/prison/prisoners')
export class PrisonersController {
  constructor(private readonly service: PrisonersService) {}

  @Get()
  @ApiOperation({
    summary: 'Search for prisoners',
    description:
      'Returns prisoners by search criteria, sorted by date of birth (newest first). Only queries prisoner search. At least one of first_name, last_name or date_of_birth must be given. Applicable filters: prisons.',
  })
  @ApiQuery({ name: 'first_name', required: false })
  @ApiQuery({ name: 'last_name', required: false })
  @ApiQuery({ name: 'date_of_birth', required: false, description: 'yyyy-MM-dd' })
  @ApiQuery({ name: 'search_within_aliases', required: false, schema: { type: 'boolean', default: false } })
  @ApiPagingQueries()
  @ApiPaginatedOk(PersonInPrison, 'The matching prisoners; an empty list when nobody matches.')
  @ApiOperationErrors(400, 404)
  @Audit('SEARCH_PERSON', (request) => {
    const names = nameSearchQuery(queryOf(request));
    return {
      firstName: names.firstName ?? null,
      lastName: names.lastName ?? null,
      aliases: names.searchWithinAliases,
      dateOfBirth: names.dateOfBirth ?? null,
    };
  })
  async search(
    @Query() query: QueryMap,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<PaginatedResponse<PersonInPrison>> {
    const names = nameSearchQuery(query);
    const { page, perPage } = pageRequestOf(query);
    const prisoners = await this.service.search(names, consumer.filters);
    return paginate(prisoners, page, perPage);
  }

  @Get(':hmppsId')
  @ApiOperation({
    summary: "Returns a single prisoner's details",
    description: 'Does not query probation records. Applicable filters: prisons.',
  })
  @ApiHmppsIdParam()
  @ApiDataOk(PersonInPrison, 'The prisoner was found.')
  @ApiOperationErrors(400, 404)
  @Audit('GET_PERSON_DETAILS', pathDetails('hmppsId'))
  async getPrisoner(
    @Param('hmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<PersonInPrison>> {
    const prisoner = await this.service.getPrisoner(hmppsId, consumer.filters);
    return dataResponse(prisoner);
  }
}
