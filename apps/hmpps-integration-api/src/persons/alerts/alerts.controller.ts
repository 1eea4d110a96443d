import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { PaginatedResponse } from '../../common/envelopes';
import { ApiHmppsIdParam, ApiOperationErrors } from '../../common/openapi';
import { paginate } from '../../common/pagination';
import { PageQuery } from '../../common/page-query';
import { ApiPaginatedOk } from '../../common/response-classes';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { Alert } from '../../domain/alert';
import { AlertsService } from './alerts.service';
import { PND_ALERTS_DESCRIPTION, pndAlertsPage } from './pnd-alerts-page';
import { FeatureFlag } from '../../feature-flags/feature-flag.decorator';

const FOUND = 'Successfully found alerts for a person with the provided HMPPS ID.';

@ApiTags('persons')
@Controller('v1/persons')
export class AlertsController {
  constructor(private readonly service: AlertsService) {}

  @Get(':hmppsId/alerts')
  @ApiOperation({
    summary: 'Returns alerts associated with a person, sorted by dateCreated (newest first)',
    description: 'Applicable filters: prisons.',
  })
  @ApiHmppsIdParam()
  @ApiPaginatedOk(Alert, FOUND)
  @ApiOperationErrors(400, 404)
  @Audit('GET_PERSON_ALERTS', pathDetails('hmppsId'))
  async getAlerts(
    @Param('hmppsId') hmppsId: string,
    @Query() query: PageQuery,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<PaginatedResponse<Alert>> {
    const { page, perPage } = query;
    const alerts = await this.service.getAlerts(hmppsId, consumer.filters);
    return paginate(alerts, page, perPage);
  }

  @FeatureFlag('seed-pnd-alerts', 'not-found')
  @Get(':encodedHmppsId/alerts/pnd')
  @ApiOperation({
    summary: 'Returns PND alerts associated with a person, sorted by dateCreated (newest first)',
    description: PND_ALERTS_DESCRIPTION,
  })
  @ApiHmppsIdParam('encodedHmppsId', true)
  @ApiPaginatedOk(Alert, FOUND)
  @ApiOperationErrors(400, 404)
  @Audit('GET_PERSON_ALERTS_PND', pathDetails({ hmppsId: 'encodedHmppsId' }))
  getPndAlerts(
    @Param('encodedHmppsId') hmppsId: string,
    @Query() query: PageQuery,
  ): Promise<PaginatedResponse<Alert>> {
    return pndAlertsPage(this.service, hmppsId, query);
  }
}
