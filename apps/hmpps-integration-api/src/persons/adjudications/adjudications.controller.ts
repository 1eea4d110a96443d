import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { PaginatedResponse } from '../../common/envelopes';
import { ApiHmppsIdParam, ApiOperationErrors } from '../../common/openapi';
import { paginate } from '../../common/pagination';
import { PageParam, PerPageParam } from '../../common/page-query';
import { ApiPaginatedOk } from '../../common/response-classes';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { Adjudication } from '../../domain/adjudication';
import { AdjudicationsService } from './adjudications.service';

/** Reported adjudications are paged eight at a time unless asked otherwise. */
class AdjudicationsQuery {
  @PageParam()
  page!: number;

  @PerPageParam(8)
  perPage!: number;
}

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
  @ApiPaginatedOk(Adjudication, 'Successfully found adjudications for a person with the provided HMPPS ID.')
  @ApiOperationErrors(400, 404)
  @Audit('GET_PERSON_ADJUDICATIONS', pathDetails('hmppsId'))
  async getReportedAdjudications(
    @Param('hmppsId') hmppsId: string,
    @Query() query: AdjudicationsQuery,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<PaginatedResponse<Adjudication>> {
    const adjudications = await this.service.getReportedAdjudications(hmppsId, consumer.filters);
    return paginate(adjudications, query.page, query.perPage);
  }
}
