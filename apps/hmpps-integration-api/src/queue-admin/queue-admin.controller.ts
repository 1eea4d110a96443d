import { Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiExcludeController, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiOperationErrors } from '../common/openapi';
import { WholeNumberParam } from '../common/query-rules';
import { DlqMessages, MessagesFound, QueueAdminService } from './queue-admin.service';

class DlqMessagesQuery {
  @WholeNumberParam(100)
  maxMessages!: number;
}

/**
 * Guarded only by consumer authorisation, as in the reference (an include such as `/.*`). Left out of the
 * published OpenAPI document, as HEAD's (the hmpps-sqs library's endpoints are not among its operations).
 */
@ApiExcludeController()
@ApiTags('queue-admin')
@Controller('queue-admin')
export class QueueAdminController {
  constructor(private readonly service: QueueAdminService) {}

  @Put('retry-dlq/:dlqName')
  @ApiOperation({ summary: 'Moves every message of a dead-letter queue back onto its queue.' })
  @ApiParam({ name: 'dlqName', example: 'jobsboardintegration-dlq' })
  @ApiOkResponse({ type: MessagesFound })
  @ApiOperationErrors(404)
  retryDlq(@Param('dlqName') dlqName: string): Promise<MessagesFound> {
    return this.service.retryDlq(dlqName);
  }

  @Put('retry-all-dlqs')
  @ApiOperation({ summary: 'Retries every dead-letter queue; one count per queue.' })
  @ApiOkResponse({ type: MessagesFound, isArray: true })
  @ApiOperationErrors()
  retryAllDlqs(): Promise<MessagesFound[]> {
    return this.service.retryAllDlqs();
  }

  @Put('purge-queue/:queueName')
  @ApiOperation({ summary: 'Removes the waiting messages of a queue or dead-letter queue.' })
  @ApiParam({ name: 'queueName', example: 'audit' })
  @ApiOkResponse({ type: MessagesFound })
  @ApiOperationErrors(404)
  purge(@Param('queueName') queueName: string): Promise<MessagesFound> {
    return this.service.purge(queueName);
  }

  @Get('get-dlq-messages/:dlqName')
  @ApiOperation({ summary: 'Shows the messages of a dead-letter queue without removing them.' })
  @ApiParam({ name: 'dlqName', example: 'jobsboardintegration-dlq' })
  @ApiOkResponse({ type: DlqMessages })
  @ApiOperationErrors(400, 404)
  getDlqMessages(
    @Param('dlqName') dlqName: string,
    @Query() { maxMessages }: DlqMessagesQuery,
  ): Promise<DlqMessages> {
    return this.service.getDlqMessages(dlqName, maxMessages);
  }
}
