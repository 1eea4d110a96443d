import { Audit } from '@libs/queue';
import { pathParams, queryOf } from '../audit/audit-details';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { PaginatedResponse } from '../common/envelopes';
import { ApiOperationErrors } from '../common/openapi';
import { isoDate, positiveInteger, QueryMap, singleValue } from '../common/query-params';
import { ApiPaginatedOk } from '../common/response-classes';
import { AuthorisedConsumer } from '../consumers/authorised-consumer';
import { Consumer } from '../consumers/consumer.decorator';
import { Visit } from '../domain/visit';
import { VISIT_STATUSES, VisitSearchService } from './visit-search.service';

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
  @ApiQuery({ name: 'visitStatus', required: true, enum: VISIT_STATUSES })
  @ApiQuery({ name: 'hmppsId', required: false, description: 'The HMPPS ID of the person' })
  @ApiQuery({ name: 'fromDate', required: false, description: 'yyyy-MM-dd: visits starting on or after' })
  @ApiQuery({ name: 'toDate', required: false, description: 'yyyy-MM-dd: visits starting on or before' })
  @ApiQuery({ name: 'page', required: false, schema: { type: 'integer', default: 1 } })
  @ApiQuery({ name: 'size', required: false, schema: { type: 'integer', default: 10 } })
  @ApiPaginatedOk(Visit, 'The matching visits; an empty list when there are none.')
  @ApiOperationErrors(400, 404)
  @Audit('SEARCH_VISITS', (request) => visitSearchOf(pathParams(request).prisonId, queryOf(request)))
  async search(
    @Param('prisonId') prisonId: string,
    @Query() query: QueryMap,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<PaginatedResponse<Visit>> {
    return this.service.search(visitSearchOf(prisonId, query), consumer.filters);
  }
}

/** The search the query asks for: what is sent to Manage Prison Visits, and the audit event's details. */
function visitSearchOf(prisonId: string, query: QueryMap) {
  const value = (name: string) => singleValue(query[name], name) || undefined;
  return {
    prisonId,
    visitStatus: value('visitStatus') ?? '',
    hmppsId: value('hmppsId'),
    fromDate: isoDate(value('fromDate')),
    toDate: isoDate(value('toDate')),
    page: positiveInteger(value('page'), 'page', 1),
    size: positiveInteger(value('size'), 'size', 10),
  };
}
