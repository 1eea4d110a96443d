import { Controller, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { DataWithErrorsResponse } from '../../common/envelopes';
import { ApiHmppsIdParam, ApiOperationErrors } from '../../common/openapi';
import { ApiDataWithErrorsResponse, EmptyData } from '../../common/response-classes';
import { ExpressionOfInterestService } from './expression-of-interest.service';
import { FeatureFlag } from '../../feature-flags/feature-flag.decorator';

@ApiTags('persons')
@Controller('v1/persons/:hmppsId/expression-of-interest/jobs')
export class ExpressionOfInterestController {
  constructor(private readonly service: ExpressionOfInterestService) {}

  /** No audit event: the reference records none for this operation. */
  @FeatureFlag('seed-expression-of-interest', 'gone')
  @Put(':jobid')
  @ApiOperation({ summary: 'Registers that a person is interested in a job (sent to the jobs board).' })
  @ApiHmppsIdParam()
  @ApiParam({ name: 'jobid', description: 'A job identifier' })
  @ApiDataWithErrorsResponse(EmptyData, 'Successfully submitted an expression of interest')
  @ApiOperationErrors(400, 404)
  async express(
    @Param('hmppsId') hmppsId: string,
    @Param('jobid') jobId: string,
  ): Promise<DataWithErrorsResponse<Record<string, never>>> {
    await this.service.express(hmppsId, jobId);
    return { data: {}, errors: [] };
  }
}
