import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { DataResponse } from '../../common/envelopes';
import { ApiHmppsIdParam } from '../../common/openapi';
import { ApiDataOk, ApiErrors } from '../../common/response-classes';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import {
  EducationAssessmentSummary,
  PlanCreationSchedules,
  PlanReviewSchedules,
  PrisonerEducation,
} from '../../domain/education-records';
import { EducationRecordsService } from './education-records.service';

const HMPPS_ID = pathDetails('hmppsId');

@ApiTags('education')
@Controller('v1/persons/:hmppsId/education')
export class EducationRecordsController {
  constructor(private readonly service: EducationRecordsService) {}

  @Get()
  @ApiOperation({
    summary: "Returns a prisoner's level of education and the qualifications they have achieved.",
    description: 'Applicable filters: prisons.',
  })
  @ApiHmppsIdParam()
  @ApiDataOk(PrisonerEducation, "Successfully found a person's education.")
  @ApiErrors([400, 404])
  @Audit('GET_PRISONER_EDUCATION', HMPPS_ID)
  async getEducation(
    @Param('hmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<PrisonerEducation>> {
    return { data: await this.service.getEducation(hmppsId, consumer.filters) };
  }

  @Get('assessments')
  @ApiOperation({ summary: "Returns whether a prisoner's education assessments are still required." })
  @ApiHmppsIdParam()
  @ApiDataOk(EducationAssessmentSummary, 'Successfully found the education assessment summary.')
  @ApiErrors([400, 404])
  // HEAD records the request before it looks the person up.
  @Audit('GET EDUCATION ASSESSMENT SUMMARY EVENT', { details: HMPPS_ID, outcome: 'any' })
  async getEducationAssessments(
    @Param('hmppsId') hmppsId: string,
  ): Promise<DataResponse<EducationAssessmentSummary>> {
    return { data: await this.service.getEducationAssessmentSummary(hmppsId) };
  }

  @Get('san/plan-creation-schedule')
  @ApiOperation({
    summary:
      'Returns every version of the Support for Additional Needs (SAN) plan creation schedule of a person.',
  })
  @ApiHmppsIdParam()
  @ApiDataOk(PlanCreationSchedules, 'Successfully found the plan creation schedule history.')
  @ApiErrors([400, 404])
  @Audit('GET_SAN_PLAN_CREATION_SCHEDULE', HMPPS_ID)
  async getPlanCreationSchedule(
    @Param('hmppsId') hmppsId: string,
  ): Promise<DataResponse<PlanCreationSchedules>> {
    return { data: { planCreationSchedules: await this.service.getPlanCreationSchedules(hmppsId) } };
  }

  @Get('san/review-schedule')
  @ApiOperation({
    summary: 'Returns every version of the Support for Additional Needs (SAN) review schedules of a person.',
  })
  @ApiHmppsIdParam()
  @ApiDataOk(PlanReviewSchedules, 'Successfully found the review schedule history.')
  @ApiErrors([400, 404])
  @Audit('GET_SAN_REVIEW_SCHEDULE', HMPPS_ID)
  async getReviewSchedule(@Param('hmppsId') hmppsId: string): Promise<DataResponse<PlanReviewSchedules>> {
    return { data: { reviewSchedules: await this.service.getReviewSchedules(hmppsId) } };
  }
}
