import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { PaginatedResponse } from '../../common/envelopes';
import { ApiHmppsIdParam, ApiOperationErrors } from '../../common/openapi';
import { PageQuery } from '../../common/page-query';
import { TextParam } from '../../common/query-rules';
import { ApiPaginatedOk } from '../../common/response-classes';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { Alert } from '../../domain/alert';
import { AlertsPageService } from './alerts-page.service';
import { AlertsService } from './alerts.service';
import { PND_ALERTS_DESCRIPTION, pndAlertsPage } from './pnd-alerts-page';
import { FeatureFlag } from '../../feature-flags/feature-flag.decorator';

const FOUND = 'Successfully found alerts for a person with the provided HMPPS ID.';

/** HEAD's query: `page`, `perPage` and `status`, where only `active` narrows (anything else is every alert). */
export class AlertsQuery extends PageQuery {
  @TextParam({ description: 'The status of alerts returned', example: 'active' })
  status?: string;
}

@ApiTags('persons')
@Controller('v1/persons')
export class AlertsController {
  constructor(
    private readonly service: AlertsService,
    private readonly alerts: AlertsPageService,
  ) {}

  @Get(':hmppsId/alerts')
  @ApiOperation({
    summary: 'Returns alerts associated with a person, sorted by dateCreated (newest first)',
    description: 'Applicable filters: prisons.',
  })
  @ApiHmppsIdParam()
  @ApiPaginatedOk(Alert, FOUND)
  @ApiOperationErrors(400, 404)
  @Audit('GET_PERSON_ALERTS', pathDetails('hmppsId'))
  getAlerts(
    @Param('hmppsId') hmppsId: string,
    @Query() query: AlertsQuery,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<PaginatedResponse<Alert>> {
    return this.alerts.getAlerts(hmppsId, query, consumer.filters, query.status === 'active');
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
