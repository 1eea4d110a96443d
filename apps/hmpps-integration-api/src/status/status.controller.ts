import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataWithErrorsResponse } from '../common/envelopes';
import { ApiDataWithErrorsResponse, ApiErrors } from '../common/response-classes';

export class Status {
  @ApiProperty({ example: 'ok', description: 'API Service is running' })
  status!: string;
}

/** A consumer's check that the API answers and lets it in; it calls no upstream and audits nothing. */
@ApiTags('service status')
@Controller('v1/status')
export class StatusController {
  @Get()
  @ApiOperation({ summary: 'Get service status.' })
  @ApiDataWithErrorsResponse(Status, 'Service is running.')
  @ApiErrors([])
  getStatus(): DataWithErrorsResponse<Status> {
    return { data: { status: 'ok' }, errors: [] };
  }
}
