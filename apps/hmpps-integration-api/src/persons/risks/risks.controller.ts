import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataResponse, dataResponse, PaginatedResponse } from '../../common/envelopes';
import { ApiHmppsIdParam, ApiOperationErrors } from '../../common/openapi';
import { paginate } from '../../common/pagination';
import { PageQuery } from '../../common/page-query';
import { ApiDataOk, ApiPaginatedOk } from '../../common/response-classes';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { DynamicRisk, MappaDetail, Registration } from '../../domain/probation-case';
import { RiskCategory } from '../../domain/risk-category';
import { RiskPredictorScore, Risks } from '../../domain/risks';
import { LAO_NOTE } from './lao-note';
import { ProbationRegistrationsService } from './probation-registrations.service';
import { RiskAssessmentsService } from './risk-assessments.service';
import { RiskCategoriesService } from './risk-categories.service';

@ApiTags('persons')
@Controller('v1/persons')
export class RisksController {
  constructor(
    private readonly assessments: RiskAssessmentsService,
    private readonly registrations: ProbationRegistrationsService,
    private readonly categories: RiskCategoriesService,
  ) {}

  @Get(':encodedHmppsId/risks/scores')
  @ApiOperation({
    summary:
      'Returns risk scores from the last year associated with a person, sorted by completedDate (newest first)',
    description: LAO_NOTE,
  })
  @ApiHmppsIdParam('encodedHmppsId', true)
  @ApiPaginatedOk(
    RiskPredictorScore,
    'Successfully found risk scores for a person with the provided HMPPS ID.',
  )
  @ApiOperationErrors(400, 404)
  @Audit('GET_PERSON_RISK_SCORES', pathDetails({ hmppsId: 'encodedHmppsId' }))
  async getRiskScores(
    @Param('encodedHmppsId') hmppsId: string,
    @Query() query: PageQuery,
  ): Promise<PaginatedResponse<RiskPredictorScore>> {
    const { page, perPage } = query;
    const scores = await this.assessments.getRiskPredictorScores(hmppsId);
    return paginate(scores, page, perPage);
  }

  @Get(':encodedHmppsId/risks/serious-harm')
  @ApiOperation({
    summary: 'Returns Risk of Serious Harm (ROSH) risks associated with a person',
    description: `Only assessments completed in the last year; null for someone probation does not know. ${LAO_NOTE}`,
  })
  @ApiHmppsIdParam('encodedHmppsId', true)
  @ApiDataOk(Risks, 'Successfully found risks for a person with the provided HMPPS ID.', { nullable: true })
  @ApiOperationErrors(400, 404)
  @Audit('GET_PERSON_RISK', pathDetails({ hmppsId: 'encodedHmppsId' }))
  async getSeriousHarm(@Param('encodedHmppsId') hmppsId: string): Promise<DataResponse<Risks | null>> {
    const risks = await this.assessments.getRisks(hmppsId);
    return dataResponse(risks);
  }

  @Get(':encodedHmppsId/risks/mappadetail')
  @ApiOperation({ summary: 'Returns the MAPPA detail related to a person' })
  @ApiHmppsIdParam('encodedHmppsId', true)
  @ApiDataOk(MappaDetail, 'Successfully found mappa detail for a person with the provided HMPPS ID.')
  @ApiOperationErrors(400, 404)
  @Audit('GET_MAPPA_DETAIL', pathDetails({ hmppsId: 'encodedHmppsId' }))
  async getMappaDetail(@Param('encodedHmppsId') hmppsId: string): Promise<DataResponse<MappaDetail>> {
    const mappa = await this.registrations.getMappaDetail(hmppsId);
    return dataResponse(mappa);
  }

  @Get(':encodedHmppsId/risks/dynamic')
  @ApiOperation({ summary: 'Returns dynamic risks associated with a person' })
  @ApiHmppsIdParam('encodedHmppsId', true)
  @ApiPaginatedOk(Registration, 'Successfully found dynamic risks for a person with the provided HMPPS ID.')
  @ApiOperationErrors(400, 404)
  @Audit('GET_DYNAMIC_RISKS', pathDetails({ hmppsId: 'encodedHmppsId' }))
  async getDynamicRisks(
    @Param('encodedHmppsId') hmppsId: string,
    @Query() query: PageQuery,
  ): Promise<PaginatedResponse<DynamicRisk>> {
    const { page, perPage } = query;
    const risks = await this.registrations.getDynamicRisks(hmppsId);
    return paginate(risks, page, perPage);
  }

  @Get(':hmppsId/risks/categories')
  @ApiOperation({
    summary: 'Returns the categories related to an offender',
    description: 'Applicable filters: prisons.',
  })
  @ApiHmppsIdParam()
  @ApiDataOk(RiskCategory, 'Successfully found risk categories for a person with the provided HMPPS ID.')
  @ApiOperationErrors(400, 404)
  @Audit('GET_PERSON_RISK_CATEGORIES', pathDetails('hmppsId'))
  async getRiskCategories(
    @Param('hmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<RiskCategory>> {
    const category = await this.categories.getRiskCategory(hmppsId, consumer.filters);
    return dataResponse(category);
  }
}
