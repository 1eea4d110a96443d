import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataWithErrorsResponse } from '../common/envelopes';
import { ApiOperationErrors } from '../common/openapi';
import { ReferenceData, ReferenceDataService } from './reference-data.service';

const CATEGORIES_SCHEMA = {
  type: 'object',
  additionalProperties: {
    type: 'array',
    items: { type: 'object', properties: { code: { type: 'string' }, description: { type: 'string' } } },
  },
};

@ApiTags('reference-data')
@Controller('v1/hmpps/reference-data')
export class ReferenceDataController {
  constructor(private readonly service: ReferenceDataService) {}

  /** The reference writes no audit event for this operation. */
  @Get()
  @ApiOperation({ summary: 'Returns probation and prison reference data codes and descriptions' })
  @ApiOkResponse({
    description: 'The reference data; when an upstream has none, data is null and errors names it.',
    schema: {
      type: 'object',
      properties: {
        data: {
          type: 'object',
          nullable: true,
          properties: { prisonReferenceData: CATEGORIES_SCHEMA, probationReferenceData: CATEGORIES_SCHEMA },
        },
        errors: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              causedBy: { type: 'string' },
              type: { type: 'string' },
              description: { type: 'string', nullable: true },
            },
          },
        },
      },
    },
  })
  @ApiOperationErrors()
  getReferenceData(): Promise<DataWithErrorsResponse<ReferenceData | null>> {
    return this.service.getReferenceData();
  }
}
