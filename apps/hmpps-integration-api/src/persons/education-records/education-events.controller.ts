import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { DataWithErrorsResponse } from '../../common/envelopes';
import { HmppsMessageResponse } from '../../hmpps-messages/hmpps-message';
import { ApiHmppsIdParam } from '../../common/openapi';
import { ApiDataWithErrorsResponse, ApiErrors } from '../../common/response-classes';
import { FeatureFlag } from '../../feature-flags/feature-flag.decorator';
import { EducationEventsService } from './education-events.service';
import {
  EducationAlnAssessmentsChangeRequest,
  EducationAssessmentStatusChangeRequest,
  EducationCourseCompletionRequest,
  EducationStatusChangeRequest,
} from './education-requests.dto';

const HMPPS_ID = pathDetails('hmppsId');

function written(message: string): DataWithErrorsResponse<HmppsMessageResponse> {
  return { data: { message }, errors: [] };
}

/** What HEAD audits of a course completion: whose, which course, and the consumer's reference. */
function courseCompletionDetails(request: FastifyRequest) {
  const { courseCompletion } = request.body as EducationCourseCompletionRequest;
  return {
    externalReference: courseCompletion.externalReference,
    courseName: courseCompletion.course.courseName,
    personEmail: courseCompletion.person.email,
  };
}

@ApiTags('education')
@Controller('v1')
export class EducationEventsController {
  constructor(private readonly service: EducationEventsService) {}

  @Post('persons/:hmppsId/education/status')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Notifies that the education status of a person in prison has changed.',
    description: 'Published as the HMPPS domain event prison.education.updated.',
  })
  @ApiHmppsIdParam()
  @ApiBody({ type: EducationStatusChangeRequest })
  @ApiDataWithErrorsResponse(HmppsMessageResponse, 'The event was accepted for publishing.', 201)
  @ApiErrors([400, 404], { body: true })
  @Audit('EDUCATION_UPDATE_EVENT', HMPPS_ID)
  async educationStatus(
    @Param('hmppsId') hmppsId: string,
    @Body() request: EducationStatusChangeRequest,
  ): Promise<DataWithErrorsResponse<HmppsMessageResponse>> {
    return written(await this.service.educationStatusChanged(hmppsId, request));
  }

  @Post('persons/:hmppsId/education/aln-assessment')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Notifies that the additional learning needs (ALN) assessment of a person in prison has changed.',
    description: 'Published as the HMPPS domain event prison.education-aln-assessment.updated.',
  })
  @ApiHmppsIdParam()
  @ApiBody({ type: EducationAlnAssessmentsChangeRequest })
  @ApiDataWithErrorsResponse(HmppsMessageResponse, 'The event was accepted for publishing.', 201)
  @ApiErrors([400, 404], { body: true })
  @Audit('EDUCATION_ALN_ASSESSMENT_UPDATE_EVENT', HMPPS_ID)
  async alnAssessment(
    @Param('hmppsId') hmppsId: string,
    @Body() request: EducationAlnAssessmentsChangeRequest,
  ): Promise<DataWithErrorsResponse<HmppsMessageResponse>> {
    return written(await this.service.alnAssessmentChanged(hmppsId, request));
  }

  @Post('persons/:hmppsId/education/assessments/status')
  @HttpCode(200)
  @ApiOperation({
    summary: "Notifies that the status of a person's education assessments has changed.",
    description: 'Sent to the assessment events queue as EducationAssessmentEventCreated.',
  })
  @ApiHmppsIdParam()
  @ApiBody({ type: EducationAssessmentStatusChangeRequest })
  @ApiDataWithErrorsResponse(HmppsMessageResponse, 'The event was accepted for sending.')
  @ApiErrors([400, 404], { body: true })
  @Audit('CREATE EDUCATION ASSESSMENT EVENT', HMPPS_ID)
  async assessmentStatus(
    @Param('hmppsId') hmppsId: string,
    @Body() request: EducationAssessmentStatusChangeRequest,
  ): Promise<DataWithErrorsResponse<HmppsMessageResponse>> {
    return written(await this.service.assessmentStatusChanged(hmppsId, request));
  }

  @FeatureFlag('course-completion-event-enabled')
  @Post('education/course-completion')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Records that a person on probation completed a course.',
    description: 'Sent to the course completion events queue as educationCourseCompletionCreated.',
  })
  @ApiBody({ type: EducationCourseCompletionRequest })
  @ApiDataWithErrorsResponse(HmppsMessageResponse, 'Course completion accepted for processing.', 202)
  @ApiErrors([400], { body: true })
  @Audit('RECORD_COURSE_COMPLETION', courseCompletionDetails)
  async courseCompletion(
    @Body() request: EducationCourseCompletionRequest,
  ): Promise<DataWithErrorsResponse<HmppsMessageResponse>> {
    return written(await this.service.courseCompleted(request));
  }
}
