import { Injectable, Logger } from '@nestjs/common';
import { ApiError } from '@libs/errors';
import { Outbox } from '@libs/queue';
import { errorBody } from '../../common/api-errors';
import { HmppsMessageWriter, notQueued } from '../../hmpps-messages/hmpps-message-writer';
import {
  ASSESSMENT_EVENTS_QUEUE,
  assessmentEventAttributes,
  COURSE_COMPLETION_EVENTS_QUEUE,
  courseCompletionAttributes,
  curiousDomainEvent,
  DOMAIN_EVENTS_TOPIC,
  EDUCATION_ALN_ASSESSMENT_UPDATED_EVENT,
  EDUCATION_UPDATED_EVENT,
} from './education-messages';
import {
  EducationAlnAssessmentsChangeRequest,
  EducationAssessmentStatusChangeRequest,
  EducationCourseCompletionRequest,
  EducationStatusChangeRequest,
} from './education-requests.dto';
import { EducationRecordsService } from './education-records.service';

/**
 * A domain event the outbox could not store (500). The queue writes answer HEAD's `MessageFailedException`
 * instead (`notQueued`), as HEAD's exception handler does for them.
 */
function messageFailed(message: string): ApiError {
  return new ApiError(500, errorBody(500, message, `Unable to complete request: ${message}`));
}

/**
 * The education writes: each becomes one message, stored in the outbox and relayed from there (to the
 * `domainevents` topic, the `assessmentevents` or `educationcoursecompletionevents` queue), so an SQS or
 * SNS outage delays the message rather than failing or losing it.
 */
@Injectable()
export class EducationEventsService {
  private readonly logger = new Logger(EducationEventsService.name);

  constructor(
    private readonly records: EducationRecordsService,
    private readonly outbox: Outbox,
    private readonly messages: HmppsMessageWriter,
  ) {}

  async educationStatusChanged(hmppsId: string, request: EducationStatusChangeRequest): Promise<string> {
    await this.publishCuriousEvent(EDUCATION_UPDATED_EVENT, hmppsId, request);
    return 'Education status update event written to queue';
  }

  async alnAssessmentChanged(
    hmppsId: string,
    request: EducationAlnAssessmentsChangeRequest,
  ): Promise<string> {
    await this.publishCuriousEvent(EDUCATION_ALN_ASSESSMENT_UPDATED_EVENT, hmppsId, request);
    return 'Education ALN Assessment update event written to queue';
  }

  async assessmentStatusChanged(
    hmppsId: string,
    request: EducationAssessmentStatusChangeRequest,
  ): Promise<string> {
    const prisonNumber = await this.records.nomisNumberOf(hmppsId);
    await this.messages.send(
      ASSESSMENT_EVENTS_QUEUE,
      'EDUCATION_ASSESSMENT_EVENT_CREATED',
      assessmentEventAttributes(prisonNumber, request),
      { who: null, failure: () => notQueued('Failed to send assessment event message to SQS') },
    );
    return 'Education assessment event written to queue';
  }

  async courseCompleted(request: EducationCourseCompletionRequest): Promise<string> {
    await this.messages.send(
      COURSE_COMPLETION_EVENTS_QUEUE,
      'EDUCATION_COURSE_COMPLETION_CREATED',
      courseCompletionAttributes(request),
      {
        who: null,
        failure: () => notQueued('Failed to send education course completion event message to SQS'),
      },
    );
    return 'Education course completion event written to queue';
  }

  private async publishCuriousEvent(
    eventType: string,
    hmppsId: string,
    request: { status: string; detailUrl: string; requestId: string },
  ): Promise<void> {
    const prisonNumber = await this.records.nomisNumberOf(hmppsId);
    const event = curiousDomainEvent(eventType, prisonNumber, request, new Date());
    const failure = 'Failed to publish the domain event';
    try {
      await this.outbox.publishToTopic(DOMAIN_EVENTS_TOPIC, event, { attributes: { eventType } });
    } catch (error) {
      this.logger.error(`${failure}: ${(error as Error).message}`);
      throw messageFailed(failure);
    }
  }
}
