import { Roles } from '@libs/auth';
import { QueueAdmin } from '@libs/queue';
import { Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-docs';
import { DEFAULT_MAX_MESSAGES, DlqMessagesQuery } from './dlq-messages-query.dto';
import { DlqMessages, PurgeQueueResult, RetryDlqResult } from './queue-admin-responses';

const ROLE_QUEUE_ADMIN = 'ROLE_QUEUE_ADMIN';

/**
 * The HMPPS SQS library's queue administration over this app's queue (`audit`, no SQS DLQ) and its
 * outbox dead-letter store `audit-outbox-dlq` (audit events SQS kept refusing). Unknown names answer 404.
 */
@ApiTags('Queue admin')
@Controller('queue-admin')
export class QueueAdminController {
  constructor(private readonly queues: QueueAdmin) {}

  @Put('retry-dlq/:dlqName')
  @Roles(ROLE_QUEUE_ADMIN)
  @ApiBearerAuth(ROLE_QUEUE_ADMIN)
  @ApiOperation({
    summary: 'Move every message of a dead-letter queue back to its queue',
    description: `Role ${ROLE_QUEUE_ADMIN}.`,
  })
  @ApiResponse({ status: 200, type: RetryDlqResult })
  @ApiErrors(403, 404)
  async retryDlq(@Param('dlqName') dlqName: string): Promise<RetryDlqResult> {
    return { dlqName, messagesFoundCount: await this.queues.retryDlq(dlqName) };
  }

  @Put('retry-all-dlqs')
  @ApiBearerAuth(ROLE_QUEUE_ADMIN)
  @ApiOperation({ summary: 'Retry every dead-letter queue', description: 'Any valid token.' })
  @ApiResponse({ status: 200, type: [RetryDlqResult], description: 'One entry per dead-letter queue' })
  @ApiErrors()
  retryAllDlqs(): Promise<RetryDlqResult[]> {
    return this.queues.retryAllDlqs();
  }

  @Put('purge-queue/:queueName')
  @Roles(ROLE_QUEUE_ADMIN)
  @ApiBearerAuth(ROLE_QUEUE_ADMIN)
  @ApiOperation({
    summary: 'Remove every waiting message of a queue or dead-letter queue',
    description: `Role ${ROLE_QUEUE_ADMIN}.`,
  })
  @ApiResponse({ status: 200, type: PurgeQueueResult })
  @ApiErrors(403, 404)
  async purgeQueue(@Param('queueName') queueName: string): Promise<PurgeQueueResult> {
    return { messagesFoundCount: await this.queues.purge(queueName) };
  }

  @Get('get-dlq-messages/:dlqName')
  @Roles(ROLE_QUEUE_ADMIN)
  @ApiBearerAuth(ROLE_QUEUE_ADMIN)
  @ApiOperation({
    summary: 'Read (without removing) the messages of a dead-letter queue',
    description: `Role ${ROLE_QUEUE_ADMIN}.`,
  })
  @ApiResponse({ status: 200, type: DlqMessages })
  @ApiErrors(400, 403, 404)
  async dlqMessages(
    @Param('dlqName') dlqName: string,
    @Query() query: DlqMessagesQuery,
  ): Promise<DlqMessages> {
    const maxMessages = query.maxMessages ?? DEFAULT_MAX_MESSAGES;
    const { messagesFoundCount, messages } = await this.queues.peek(dlqName, maxMessages);
    return { messagesFoundCount, messagesReturnedCount: messages.length, messages };
  }
}
