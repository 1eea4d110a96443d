import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataResponse, dataResponse, PaginatedResponse } from '../../common/envelopes';
import { ApiHmppsIdParam, ApiOperationErrors } from '../../common/openapi';
import { paginate } from '../../common/pagination';
import { PageQuery } from '../../common/page-query';
import { ApiDataOk, ApiPaginatedOk } from '../../common/response-classes';
import { Registration, StatusInformation } from '../../domain/probation-case';
import { Needs, RiskManagementPlan } from '../../domain/risks';
import { ProbationRegistrationsService } from './probation-registrations.service';
import { RiskAssessmentsService } from './risk-assessments.service';
import { LAO_NOTE } from './lao-note';

@ApiTags('persons')
@Controller('v1/persons')
export class NeedsAndPlansController {
  constructor(
    private readonly assessments: RiskAssessmentsService,
    private readonly registrations: ProbationRegistrationsService,
  ) {}

  @Get(':encodedHmppsId/risk-management-plan')
  @ApiOperation({
    summary: 'Returns a list of Risk Management Plans created for the person with the provided HMPPS ID',
    description: 'The id is used as the CRN. A restricted (LAO) case is a 403.',
  })
  @ApiHmppsIdParam('encodedHmppsId', true)
  @ApiPaginatedOk(
    RiskManagementPlan,
    'Successfully found risk management plans for a person with the provided HMPPS ID.',
  )
  @ApiOperationErrors(400, 404)
  @Audit('GET_RISK_MANAGEMENT_PLANS', pathDetails({ hmppsId: 'encodedHmppsId' }))
  async getRiskManagementPlans(
    @Param('encodedHmppsId') hmppsId: string,
    @Query() query: PageQuery,
  ): Promise<PaginatedResponse<RiskManagementPlan>> {
    const { page, perPage } = query;
    const plans = await this.assessments.getRiskManagementPlans(hmppsId);
    return paginate(plans, page, perPage);
  }

  @Get(':encodedHmppsId/needs')
  @ApiOperation({
    summary: 'Returns criminogenic needs associated with a person',
    description: `Null for someone probation does not know. ${LAO_NOTE}`,
  })
  @ApiHmppsIdParam('encodedHmppsId', true)
  @ApiDataOk(Needs, 'Successfully found criminogenic needs for a person with the provided HMPPS ID.', {
    nullable: true,
  })
  @ApiOperationErrors(400, 404)
  @Audit('GET_PERSON_NEED', pathDetails({ hmppsId: 'encodedHmppsId' }))
  async getNeeds(@Param('encodedHmppsId') hmppsId: string): Promise<DataResponse<Needs | null>> {
    const needs = await this.assessments.getNeeds(hmppsId);
    return dataResponse(needs);
  }

  @Get(':encodedHmppsId/status-information')
  @ApiOperation({
    summary: 'Returns the status information associated with a person',
    description: 'Only the statuses ASFO (serious further offence review) and WRSM (warrant/summons).',
  })
  @ApiHmppsIdParam('encodedHmppsId', true)
  @ApiPaginatedOk(
    Registration,
    'Successfully found status information for a person with the provided HMPPS ID.',
  )
  @ApiOperationErrors(400, 404)
  @Audit('GET_STATUS_INFORMATION', pathDetails({ hmppsId: 'encodedHmppsId' }))
  async getStatusInformation(
    @Param('encodedHmppsId') hmppsId: string,
    @Query() query: PageQuery,
  ): Promise<PaginatedResponse<StatusInformation>> {
    const { page, perPage } = query;
    const statuses = await this.registrations.getStatusInformation(hmppsId);
    return paginate(statuses, page, perPage);
  }
}
