import { Audit } from '@libs/queue';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { pathDetails } from '../../audit/audit-details';
import { DataResponse, dataResponse } from '../../common/envelopes';
import { ApiHmppsIdParam } from '../../common/openapi';
import { ApiDataOk, ApiErrors } from '../../common/response-classes';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { FeatureFlag } from '../../feature-flags/feature-flag.decorator';
import { PrisonApiAssessmentSummary, PrisonApiPrisonTimeline } from './prison-history.responses';
import { PrisonHistoryService } from './prison-history.service';

@ApiTags('persons')
@Controller('v1/persons')
export class PrisonHistoryController {
  constructor(private readonly service: PrisonHistoryService) {}

  @FeatureFlag('csra-endpoint')
  @Get(':hmppsId/cell-share-risk-assessments')
  @ApiOperation({
    summary: "Returns a prisoner's cell sharing risk assessments (CSRAs).",
    description: 'Applicable filters: prisons, supervisionStatuses.',
  })
  @ApiHmppsIdParam()
  @ApiDataOk(
    PrisonApiAssessmentSummary,
    'Successfully found CSRAs for a prisoner with the provided HMPPS ID.',
    {
      isArray: true,
    },
  )
  @ApiErrors([400, 404])
  @Audit('GET_PERSON_CSRA', pathDetails('hmppsId'))
  async getCellShareRiskAssessments(
    @Param('hmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<PrisonApiAssessmentSummary[]>> {
    return dataResponse(await this.service.getCellShareRiskAssessments(hmppsId, consumer.filters));
  }

  @FeatureFlag('prison-timeline-endpoint-enabled')
  @Get(':hmppsId/prison-timeline')
  @ApiOperation({
    summary: "Returns a prisoner's prison timeline: spells in prison, movements and transfers.",
  })
  @ApiHmppsIdParam()
  @ApiDataOk(
    PrisonApiPrisonTimeline,
    'Successfully found a prison timeline for a prisoner with the provided HMPPS Id',
  )
  @ApiErrors([400, 404])
  @Audit('GET_PERSON_PRISON_TIMELINE', pathDetails('hmppsId'))
  async getPrisonTimeline(
    @Param('hmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<PrisonApiPrisonTimeline>> {
    return dataResponse(await this.service.getPrisonTimeline(hmppsId, consumer.filters));
  }
}
