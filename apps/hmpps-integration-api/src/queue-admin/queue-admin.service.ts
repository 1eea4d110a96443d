import { Injectable } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { QueueAdmin, UnknownQueueError } from '@libs/queue';
import { notFound } from '../common/api-errors';

/** The answers, as the library's; classes, so that the same declarations are the OpenAPI schemas. */
export class MessagesFound {
  @ApiPropertyOptional({ type: 'integer' })
  messagesFoundCount!: number;
}

export class DlqMessage {
  @ApiPropertyOptional({ type: Object })
  body!: unknown;

  @ApiPropertyOptional()
  messageId!: string;
}

export class DlqMessages extends MessagesFound {
  @ApiPropertyOptional({ type: 'integer' })
  messagesReturnedCount!: number;

  @ApiPropertyOptional({ type: [DlqMessage] })
  messages!: DlqMessage[];
}

/**
 * The queue-admin operations of the HMPPS SQS library over the app's SQS queues, their
 * DLQs and the outbox dead-letter stores (`<id>-outbox-dlq`, docs/messaging.md). An unknown name is a
 * 404 (the reference's catch-all turned it into a 500).
 */
@Injectable()
export class QueueAdminService {
  constructor(private readonly admin: QueueAdmin) {}

  /** #54: every message of the dead-letter queue back onto its queue. */
  retryDlq(dlqName: string): Promise<MessagesFound> {
    return knownQueue(async () => ({ messagesFoundCount: await this.admin.retryDlq(dlqName) }));
  }

  /** #55: one count per configured queue, in configuration order, then one per topic. */
  async retryAllDlqs(): Promise<MessagesFound[]> {
    const counts = await this.admin.retryAllDlqs();
    return counts.map(({ messagesFoundCount }) => ({ messagesFoundCount }));
  }

  /** #56: a queue, a dead-letter queue or an outbox dead-letter store emptied. */
  purge(queueName: string): Promise<MessagesFound> {
    return knownQueue(async () => ({ messagesFoundCount: await this.admin.purge(queueName) }));
  }

  /** #57: a look at the dead-letter queue that leaves the messages where they are. */
  getDlqMessages(dlqName: string, maxMessages: number): Promise<DlqMessages> {
    return knownQueue(async () => {
      const { messagesFoundCount, messages } = await this.admin.peek(dlqName, maxMessages);
      return {
        messagesFoundCount,
        messagesReturnedCount: messages.length,
        messages: messages.map((message) => ({ body: message.body, messageId: message.messageId })),
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
