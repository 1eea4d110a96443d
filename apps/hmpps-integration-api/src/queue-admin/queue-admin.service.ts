import { Injectable } from '@nestjs/common';
import { QueueService, UnknownQueueError } from '@libs/queue';
import { notFound } from '../common/api-errors';

export interface MessagesFound {
  messagesFoundCount: number;
}

export interface DlqMessages extends MessagesFound {
  messagesReturnedCount: number;
  messages: { body: unknown; messageId: string }[];
}

/**
 * The queue-admin operations of the HMPPS SQS library (spec §6.2) over this app's pg-boss queues. An
 * unknown queue name is a 404 (the reference's catch-all turned it into a 500).
 */
@Injectable()
export class QueueAdminService {
  constructor(private readonly queues: QueueService) {}

  /** #54: every message of the dead-letter queue back onto its queue. */
  retryDlq(dlqName: string): Promise<MessagesFound> {
    return knownQueue(async () => ({ messagesFoundCount: await this.queues.retryDlq(dlqName) }));
  }

  /** #55: one count per configured queue, in configuration order. */
  async retryAllDlqs(): Promise<MessagesFound[]> {
    const counts = await this.queues.retryAllDlqs();
    return counts.map(({ count }) => ({ messagesFoundCount: count }));
  }

  /** #56: a queue or a dead-letter queue emptied. */
  purge(queueName: string): Promise<MessagesFound> {
    return knownQueue(async () => ({ messagesFoundCount: await this.queues.purge(queueName) }));
  }

  /** #57: a look at the dead-letter queue that leaves the messages where they are. */
  getDlqMessages(dlqName: string, maxMessages: number): Promise<DlqMessages> {
    return knownQueue(async () => {
      const messages = await this.queues.dlqMessages(dlqName, maxMessages);
      return {
        messagesFoundCount: await this.queues.size(dlqName),
        messagesReturnedCount: messages.length,
        messages: messages.map((message) => ({ body: message.body, messageId: message.id })),
      };
    });
  }
}

async function knownQueue<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof UnknownQueueError) throw notFound(error.message);
    throw error;
  }
}
