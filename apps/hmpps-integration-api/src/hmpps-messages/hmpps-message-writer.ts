import { Injectable, Logger } from '@nestjs/common';
import { ApiError } from '@libs/errors';
import { Outbox } from '@libs/queue';
import { randomUUID } from 'node:crypto';
import { errorBody } from '../common/api-errors';
import { HMPPS_MESSAGE_EVENT_TYPES, HmppsMessage, HmppsMessageEventType } from './hmpps-message';

/**
 * Writes HEAD's `HmppsMessage`s to a write queue through the outbox: committed first, relayed at least once
 * with the message id as its stable id. A message the outbox cannot take is HEAD's 500 "Failed to add
 * message to queue." with the operation's own message.
 */
@Injectable()
export class HmppsMessageWriter {
  private readonly logger = new Logger(HmppsMessageWriter.name);

  constructor(private readonly outbox: Outbox) {}

  async send(
    queueId: string,
    eventType: HmppsMessageEventType,
    messageAttributes: Record<string, unknown>,
    who: string,
    failureMessage: string,
  ): Promise<HmppsMessage> {
    const message: HmppsMessage = {
      messageId: randomUUID(),
      eventType: HMPPS_MESSAGE_EVENT_TYPES[eventType],
      description: null,
      messageAttributes,
      who,
    };
    try {
      await this.outbox.sendToQueue(queueId, message, {
        id: message.messageId,
        attributes: { eventType },
      });
    } catch (error) {
      this.logger.error(`${eventType} ${message.messageId} was not queued: ${(error as Error).message}`);
      throw new ApiError(500, errorBody(500, failureMessage, 'Failed to add message to queue.'));
    }
    return message;
  }
}
