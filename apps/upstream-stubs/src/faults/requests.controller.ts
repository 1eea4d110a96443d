import { Controller, Delete, Get, HttpCode, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { RecordedRequest, RequestRecorder } from './request-recorder.service';

@ApiTags('Admin')
@Controller('__admin/requests')
export class RequestsController {
  constructor(private readonly recorder: RequestRecorder) {}

  @Get()
  @ApiOperation({ summary: 'Requests the stubs received (newest last; authorization values redacted)' })
  @ApiQuery({ name: 'prefix', required: false, example: '/prison-api' })
  list(@Query('prefix') prefix?: string): RecordedRequest[] {
    return this.recorder.list(prefix);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Forget every recorded request' })
  clear(): void {
    this.recorder.clear();
  }
}
