import { Injectable, Logger } from '@nestjs/common';
import { ApiError } from '@libs/errors';
import { Outbox } from '@libs/queue';
import { randomUUID } from 'node:crypto';
import { badRequest, errorBody, requireData } from '../../common/api-errors';
import { PersonIdentityService } from '../../identity/person-identity.service';
import {
  EXPRESSION_OF_INTEREST_EVENT,
  expressionOfInterestBody,
  JOBS_BOARD_QUEUE,
} from './expression-of-interest.message';

const SEND_FAILED = 'Failed to send message to queue';

/**
 * The spec gives the job id no format, but no job board id holds control characters, and SQS refuses
 * some of them in a message: they are refused up front.
 */
const CONTROL_CHARACTER = /\p{Cc}/u;

@Injectable()
export class ExpressionOfInterestService {
  private readonly logger = new Logger(ExpressionOfInterestService.name);

  constructor(
    private readonly identity: PersonIdentityService,
    private readonly outbox: Outbox,
  ) {}

  /** #46: tells the jobs board that the person is interested in the job. */
  async express(hmppsId: string, jobId: string): Promise<void> {
    // Quoted as JSON so that the refused characters show as escapes, not raw bytes.
    if (CONTROL_CHARACTER.test(jobId)) throw badRequest(`Invalid job id: ${JSON.stringify(jobId)}`);
    const nomisNumber = requireData(await this.identity.getNomisNumber(hmppsId), {
      badRequest: `Invalid HMPPS ID: ${hmppsId}`,
      notFound: `Could not find person with id: ${hmppsId}`,
    });
    const messageId = randomUUID();
    try {
      // The body's messageId is also the outbox id, i.e. the `eventId` attribute of every delivery.
      await this.outbox.sendToQueue(
        JOBS_BOARD_QUEUE,
        expressionOfInterestBody(messageId, jobId, nomisNumber),
        {
          id: messageId,
          attributes: { eventType: EXPRESSION_OF_INTEREST_EVENT },
        },
      );
    } catch (error) {
      this.logger.error(`expression of interest ${messageId} was not queued: ${(error as Error).message}`);
      throw new ApiError(500, errorBody(500, SEND_FAILED, `Unexpected error: ${SEND_FAILED}`));
    }
  }
}
