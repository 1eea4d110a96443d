import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { PaginatedResponse } from '../../common/envelopes';
import { ApiHmppsIdParam, ApiOperationErrors } from '../../common/openapi';
import { PageQuery } from '../../common/page-query';
import { ApiPaginatedOk } from '../../common/response-classes';
import { Alert } from '../../domain/alert';
import { AlertsService } from './alerts.service';
import { PND_ALERTS_DESCRIPTION, pndAlertsPage } from './pnd-alerts-page';
import { FeatureFlag } from '../../feature-flags/feature-flag.decorator';

/** The PND client's own route (the reference's ADR 0012: the client name follows the version). */
@ApiTags('pnd')
@Controller('v1/pnd/persons')
export class PndAlertsController {
  constructor(private readonly service: AlertsService) {}

  @FeatureFlag('seed-pnd-alerts', 'not-found')
  @Get(':encodedHmppsId/alerts')
  @ApiOperation({
    summary: 'Returns PND alerts associated with a person, sorted by dateCreated (newest first)',
    description: PND_ALERTS_DESCRIPTION,
  })
  @ApiHmppsIdParam('encodedHmppsId', true)
  @ApiPaginatedOk(Alert, 'Successfully found alerts for a person with the provided HMPPS ID.')
  @ApiOperationErrors(400, 404)
  @Audit('GET_PERSON_ALERTS_PND', pathDetails({ hmppsId: 'encodedHmppsId' }))
  getPndAlerts(
    @Param('encodedHmppsId') hmppsId: string,
    @Query() query: PageQuery,
  ): Promise<PaginatedResponse<Alert>> {
    return pndAlertsPage(this.service, hmppsId, query);
  }
}
