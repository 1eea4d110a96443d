import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { DataResponse, DataWithErrorsResponse, PaginatedResponse } from '../../common/envelopes';
import { ApiHmppsIdParam } from '../../common/openapi';
import { PageQuery } from '../../common/page-query';
import {
  ApiDataOk,
  ApiDataWithErrorsResponse,
  ApiErrors,
  ApiPaginatedOk,
} from '../../common/response-classes';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import {
  AccessLimitations,
  AssessmentSummary,
  ContactEvent,
  CourtCasesSummary,
} from '../../domain/probation-records';
import { FeatureFlag } from '../../feature-flags/feature-flag.decorator';
import { ContactEventsService } from './contact-events.service';
import { ProbationRecordsService } from './probation-records.service';

const HMPPS_ID = pathDetails('hmppsId');

@ApiTags('persons')
@Controller('v1/persons/:hmppsId')
export class ProbationRecordsController {
  constructor(
    private readonly contactEvents: ContactEventsService,
    private readonly records: ProbationRecordsService,
  ) {}

  @FeatureFlag('use-contact-events-endpoint')
  @Get('contact-events')
  @ApiOperation({
    summary: 'Returns a (potentially empty) page of the contact events of a person on probation.',
    description: 'Applicable filters: mappaCategories (only contact events of those MAPPA categories).',
  })
  @ApiHmppsIdParam()
  @ApiPaginatedOk(ContactEvent, "Successfully found a person's contact events.")
  @ApiErrors([400, 404])
  @Audit('GET_PERSON_CONTACT_EVENTS', HMPPS_ID)
  getContactEvents(
    @Param('hmppsId') hmppsId: string,
    @Query() query: PageQuery,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<PaginatedResponse<ContactEvent>> {
    return this.contactEvents.getContactEvents(hmppsId, query, consumer.filters);
  }

  @FeatureFlag('use-contact-events-endpoint')
  @Get('contact-events/:contactEventId')
  @ApiOperation({
    summary: 'Returns one contact event of a person on probation.',
    description: 'Applicable filters: mappaCategories.',
  })
  @ApiHmppsIdParam()
  @ApiParam({ name: 'contactEventId', description: 'The nDelius contact event id', example: 1 })
  @ApiDataOk(ContactEvent, "Successfully found a person's contact event.")
  @ApiErrors([400, 404])
  @Audit('GET_PERSON_CONTACT_EVENT', HMPPS_ID)
  async getContactEvent(
    @Param('hmppsId') hmppsId: string,
    @Param('contactEventId') contactEventId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<ContactEvent>> {
    return { data: await this.contactEvents.getContactEvent(hmppsId, contactEventId, consumer.filters) };
  }

  @FeatureFlag('epf-endpoint-includes-lao')
  @Get('access-limitations')
  @ApiOperation({
    summary: 'Returns who is excluded from, or restricted to, a limited access probation case.',
    description: 'The id is the case reference number (CRN).',
  })
  @ApiHmppsIdParam()
  @ApiDataWithErrorsResponse(AccessLimitations, 'The access limitations of the case.')
  @ApiErrors([404])
  // HEAD records the access whatever nDelius answers.
  @Audit('GET_LIMITED_ACCESS_INFORMATION', { details: HMPPS_ID, outcome: 'any' })
  async getAccessLimitations(
    @Param('hmppsId') hmppsId: string,
  ): Promise<DataWithErrorsResponse<AccessLimitations>> {
    return { data: await this.records.getAccessLimitations(hmppsId), errors: [] };
  }

  @FeatureFlag('use-assessment-summary-endpoint')
  @Get('assessment-summary')
  @ApiOperation({ summary: 'Returns the most recent completed assessment (OASys) of a person on probation.' })
  @ApiHmppsIdParam()
  @ApiDataOk(AssessmentSummary, 'Successfully found the most recent completed assessment.')
  @ApiErrors([404])
  @Audit('GET_PERSON_ASSESSMENT_SUMMARY', HMPPS_ID)
  async getAssessmentSummary(
    @Param('hmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<AssessmentSummary>> {
    const stubbed = consumer.featureFlags.isEnabled('use-stubbed-assessment-summary');
    return { data: await this.records.getAssessmentSummary(hmppsId, stubbed) };
  }

  @Get('court-cases')
  @ApiOperation({
    summary: "Returns a summary of a person's court case history.",
    description: 'Applicable filters: prisons, supervisionStatuses.',
  })
  @ApiHmppsIdParam()
  @ApiDataOk(CourtCasesSummary, 'Successfully found the court cases summary.')
  @ApiErrors([400, 404])
  @Audit('COURT_CASES_SUMMARY', HMPPS_ID)
  async getCourtCases(
    @Param('hmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<CourtCasesSummary>> {
    return { data: await this.records.getCourtCasesSummary(hmppsId, consumer.filters) };
  }
}
