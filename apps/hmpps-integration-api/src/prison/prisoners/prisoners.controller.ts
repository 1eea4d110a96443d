import { Audit } from '@libs/queue';
import { pathDetails, argumentOf } from '../../audit/audit-details';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataResponse, dataResponse, PaginatedResponse } from '../../common/envelopes';
import { ApiHmppsIdParam, ApiOperationErrors } from '../../common/openapi';
import { paginate } from '../../common/pagination';
import { nameSearchOf } from '../../common/name-search.query';
import { ApiDataOk, ApiPaginatedOk } from '../../common/response-classes';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { PersonInPrison } from '../../domain/person';
import { PrisonerSearchQuery } from './prisoner-search.query';
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
  @ApiPaginatedOk(PersonInPrison, 'The matching prisoners; an empty list when nobody matches.')
  @ApiOperationErrors(400, 404)
  @Audit('SEARCH_PERSON', (_request, args) => {
    const names = nameSearchOf(argumentOf(PrisonerSearchQuery, args));
    return {
      firstName: names.firstName ?? null,
      lastName: names.lastName ?? null,
      aliases: names.searchWithinAliases,
      dateOfBirth: names.dateOfBirth ?? null,
    };
  })
  async search(
    @Query() query: PrisonerSearchQuery,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<PaginatedResponse<PersonInPrison>> {
    const prisoners = await this.service.search(nameSearchOf(query), consumer.filters);
    return paginate(prisoners, query.page, query.perPage);
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
