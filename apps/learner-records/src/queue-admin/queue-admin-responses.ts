import { ApiProperty } from '@nestjs/swagger';

/** A dead-letter queue whose messages were moved back to their queue. */
export class RetryDlqResult {
  @ApiProperty({ example: 'audit-outbox-dlq' })
  dlqName!: string;
  @ApiProperty({ example: 0, description: 'Messages moved back' })
  messagesFoundCount!: number;
}

export class PurgeQueueResult {
  @ApiProperty({ example: 0, description: 'Messages removed' })
  messagesFoundCount!: number;
}

export class DlqMessage {
  @ApiProperty({ example: '2d7f0a52-6c1e-4b9c-9a36-0f4d8f9a1c11' })
  messageId!: string;
  @ApiProperty({
    description: 'The message body as sent: parsed JSON when it is JSON, otherwise its text',
    oneOf: [{ type: 'object' }, { type: 'string' }],
  })
  body!: unknown;
}

/** What a dead-letter queue holds, read without removing anything. */
export class DlqMessages {
  @ApiProperty({ example: 0 })
  messagesFoundCount!: number;
  @ApiProperty({ example: 0 })
  messagesReturnedCount!: number;
  @ApiProperty({ type: [DlqMessage] })
  messages!: DlqMessage[];
}
