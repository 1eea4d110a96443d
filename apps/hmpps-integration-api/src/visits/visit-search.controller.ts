import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AuditService } from '../audit/audit.service';
import { PaginatedResponse } from '../common/envelopes';
import { ApiOperationErrors, ApiPaginatedResponse } from '../common/openapi';
import { isoDate, positiveInteger, QueryMap, singleValue } from '../common/query-params';
import { AuthorisedConsumer } from '../consumers/authorised-consumer';
import { Consumer } from '../consumers/consumer.decorator';
import { Visit } from '../domain/visit';
import { VISIT_SCHEMA } from './visit-schema';
import { VISIT_STATUSES, VisitSearchService } from './visit-search.service';

@ApiTags('visits')
@Controller('v1/prison/:prisonId/visit/search')
export class VisitSearchController {
  constructor(
    private readonly service: VisitSearchService,
    private readonly audit: AuditService,
  ) {}

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
  @ApiPaginatedResponse('The matching visits; an empty list when there are none.', VISIT_SCHEMA)
  @ApiOperationErrors(400, 404)
  async search(
    @Param('prisonId') prisonId: string,
    @Query() query: QueryMap,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<PaginatedResponse<Visit>> {
    const value = (name: string) => singleValue(query[name], name) || undefined;
    const search = {
      prisonId,
      visitStatus: value('visitStatus') ?? '',
      hmppsId: value('hmppsId'),
      fromDate: isoDate(value('fromDate')),
      toDate: isoDate(value('toDate')),
      page: positiveInteger(value('page'), 'page', 1),
      size: positiveInteger(value('size'), 'size', 10),
    };
    const visits = await this.service.search(search, consumer.filters);
    await this.audit.record('SEARCH_VISITS', consumer, search);
    return visits;
  }
}
