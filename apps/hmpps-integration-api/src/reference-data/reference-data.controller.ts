import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataWithErrorsResponse } from '../common/envelopes';
import { ApiOperationErrors } from '../common/openapi';
import { ApiDataWithErrorsResponse } from '../common/response-classes';
import { ReferenceData } from '../domain/reference-data';
import { ReferenceDataService } from './reference-data.service';

@ApiTags('reference-data')
@Controller('v1/hmpps/reference-data')
export class ReferenceDataController {
  constructor(private readonly service: ReferenceDataService) {}

  /** The reference writes no audit event for this operation. */
  @Get()
  @ApiOperation({ summary: 'Returns probation and prison reference data codes and descriptions' })
  @ApiDataWithErrorsResponse(
    ReferenceData,
    'The reference data; when an upstream has none, data is null and errors names it.',
    200,
    { nullable: true },
  )
  @ApiOperationErrors()
  getReferenceData(): Promise<DataWithErrorsResponse<ReferenceData | null>> {
    return this.service.getReferenceData();
  }
}
