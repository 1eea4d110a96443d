import { Audit } from '@libs/queue';
import { pathParams, argumentOf } from '../audit/audit-details';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { PaginatedResponse } from '../common/envelopes';
import { ApiOperationErrors } from '../common/openapi';
import { ApiPaginatedOk } from '../common/response-classes';
import { AuthorisedConsumer } from '../consumers/authorised-consumer';
import { Consumer } from '../consumers/consumer.decorator';
import { Visit } from '../domain/visit';
import { visitSearchOf, VisitSearchQuery } from './visit-search.query';
import { VisitSearchService } from './visit-search.service';

@ApiTags('visits')
@Controller('v1/prison/:prisonId/visit/search')
export class VisitSearchController {
  constructor(private readonly service: VisitSearchService) {}

  @Get()
  @ApiOperation({
    summary: 'Searches for visits by prisonId and criteria.',
    description: 'Applicable filters: prisons.',
  })
  @ApiParam({ name: 'prisonId', description: 'The ID of the prison to be queried against' })
  @ApiPaginatedOk(Visit, 'The matching visits; an empty list when there are none.')
  @ApiOperationErrors(400, 404)
  @Audit('SEARCH_VISITS', (request, args) =>
    visitSearchOf(pathParams(request).prisonId, argumentOf(VisitSearchQuery, args)),
  )
  async search(
    @Param('prisonId') prisonId: string,
    @Query() query: VisitSearchQuery,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<PaginatedResponse<Visit>> {
    return this.service.search(visitSearchOf(prisonId, query), consumer.filters);
  }
}
