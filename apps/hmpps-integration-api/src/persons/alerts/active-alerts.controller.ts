import { Audit } from '@libs/queue';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { pathDetails } from '../../audit/audit-details';
import { PaginatedResponse } from '../../common/envelopes';
import { ApiHmppsIdParam } from '../../common/openapi';
import { PageQuery } from '../../common/page-query';
import { ApiErrors, ApiPaginatedOk } from '../../common/response-classes';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { Alert } from '../../domain/alert';
import { FeatureFlag } from '../../feature-flags/feature-flag.decorator';
import { AlertsPageService } from './alerts-page.service';

@ApiTags('persons')
@Controller('v1/persons')
export class ActiveAlertsController {
  constructor(private readonly service: AlertsPageService) {}

  @FeatureFlag('use-active-alerts-endpoint')
  @Get(':hmppsId/active-alerts')
  @ApiOperation({
    summary: 'Returns the active alerts of a person, from the Alerts API.',
    description: 'Applicable filters: prisons, supervisionStatuses, alertCodes.',
    deprecated: true,
  })
  @ApiHmppsIdParam()
  @ApiPaginatedOk(Alert, 'Successfully found alerts for a prisoner with the provided HMPPS ID.')
  @ApiErrors([400, 404])
  @Audit('GET_PERSON_ACTIVE_ALERTS', pathDetails('hmppsId'))
  getActiveAlerts(
    @Param('hmppsId') hmppsId: string,
    @Query() query: PageQuery,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<PaginatedResponse<Alert>> {
    return this.service.getAlerts(hmppsId, query, consumer.filters, true);
  }
}
