import { Injectable, Logger } from '@nestjs/common';
import { ApiError } from '@libs/errors';
import { Outbox } from '@libs/queue';
import { randomUUID } from 'node:crypto';
import { errorBody } from '../common/api-errors';
import { HMPPS_MESSAGE_EVENT_TYPES, HmppsMessage, HmppsMessageEventType } from './hmpps-message';

/**
 * The write queues, each with what its messages' `eventType` attribute carries. HEAD's senders differ:
 * the activities, locations and visits queue services set it from the enum constant's `toString()` (its
 * name), the education services from its `type`; each owning service reads what HEAD sends it.
 */
export const WRITE_QUEUES = {
  activities: 'name',
  locations: 'name',
  visits: 'name',
  assessmentevents: 'type',
  educationcoursecompletionevents: 'type',
} as const satisfies Record<string, 'name' | 'type'>;

export type WriteQueue = keyof typeof WRITE_QUEUES;

/** How one write is sent: who asked for it, and what its operation answers if it cannot be stored. */
export interface MessageWrite {
  who: string | null;
  /** HEAD's senders word this differently, so each operation brings its own answer. */
  failure: () => ApiError;
}

/** HEAD's answer to a message that could not be queued: 500 "Failed to add message to queue." with the operation's message. */
export function notQueued(userMessage: string): ApiError {
  return new ApiError(500, errorBody(500, userMessage, 'Failed to add message to queue.'));
}

/**
 * Writes HEAD's `HmppsMessage`s to a write queue through the outbox: committed first, relayed at least once
 * with the message id as its stable id. A message the outbox cannot take is answered with the write's
 * `failure`.
 */
@Injectable()
export class HmppsMessageWriter {
  private readonly logger = new Logger(HmppsMessageWriter.name);

  constructor(private readonly outbox: Outbox) {}

  async send(
    queue: WriteQueue,
    eventType: HmppsMessageEventType,
    messageAttributes: Record<string, unknown>,
    { who, failure }: MessageWrite,
  ): Promise<HmppsMessage> {
    const event = HMPPS_MESSAGE_EVENT_TYPES[eventType];
    const message: HmppsMessage = {
      messageId: randomUUID(),
      eventType: event.code,
      description: null,
      messageAttributes,
      who,
    };
    try {
      await this.outbox.sendToQueue(queue, message, {
        id: message.messageId,
        attributes: { eventType: WRITE_QUEUES[queue] === 'name' ? eventType : event.type },
      });
    } catch (error) {
      this.logger.error(
        `${eventType} ${message.messageId} was not queued on ${queue}: ${(error as Error).message}`,
      );
      throw failure();
    }
    return message;
  }
}
