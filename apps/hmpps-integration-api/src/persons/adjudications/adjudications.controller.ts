import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { PaginatedResponse } from '../../common/envelopes';
import { ApiHmppsIdParam, ApiOperationErrors, ApiPagingQueries } from '../../common/openapi';
import { paginate } from '../../common/pagination';
import { ApiPaginatedOk } from '../../common/response-classes';
import { pageRequestOf, QueryMap } from '../../common/query-params';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { Adjudication } from '../../domain/adjudication';
import { AdjudicationsService } from './adjudications.service';

/** Reported adjudications are paged eight at a time unless asked otherwise (spec §1.3). */
const ADJUDICATIONS_PER_PAGE = 8;

@ApiTags('persons')
@Controller('v1/persons')
export class AdjudicationsController {
  constructor(private readonly service: AdjudicationsService) {}

  @Get(':hmppsId/reported-adjudications')
  @ApiOperation({
    summary: 'Returns adjudications associated with a person, sorted by dateTimeOfIncident (newest first)',
    description: 'Applicable filters: prisons.',
  })
  @ApiHmppsIdParam()
  @ApiPagingQueries(ADJUDICATIONS_PER_PAGE)
  @ApiPaginatedOk(Adjudication, 'Successfully found adjudications for a person with the provided HMPPS ID.')
  @ApiOperationErrors(400, 404)
  @Audit('GET_PERSON_ADJUDICATIONS', pathDetails('hmppsId'))
  async getReportedAdjudications(
    @Param('hmppsId') hmppsId: string,
    @Query() query: QueryMap,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<PaginatedResponse<Adjudication>> {
    const { page, perPage } = pageRequestOf(query, ADJUDICATIONS_PER_PAGE);
    const adjudications = await this.service.getReportedAdjudications(hmppsId, consumer.filters);
    return paginate(adjudications, page, perPage);
  }
}
