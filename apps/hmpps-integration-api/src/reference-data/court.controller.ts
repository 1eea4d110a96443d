import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { requireData } from '../common/api-errors';
import { DataWithErrorsResponse } from '../common/envelopes';
import { ApiDataWithErrorsResponse, ApiErrors } from '../common/response-classes';
import { CourtRegisterGateway } from '../upstream/court-register/court-register.gateway';
import { Court } from './court.responses';

/**
 * One court by its id. The reference answers other upstream failures inside a 200 with null data; here
 * they fail the request (5xx naming the upstream), so a consumer never mistakes an outage for no court.
 */
@ApiTags('reference data')
@Controller('v1/hmpps/reference-data/courts')
export class CourtController {
  constructor(private readonly courtRegister: CourtRegisterGateway) {}

  @Get(':courtId')
  @ApiOperation({ summary: 'Returns information about a court' })
  @ApiParam({ name: 'courtId', description: 'Court ID', example: 'ACCRYC' })
  @ApiDataWithErrorsResponse(Court, 'Successfully returned court reference data.')
  @ApiErrors([404])
  async getCourt(@Param('courtId') courtId: string): Promise<DataWithErrorsResponse<Court>> {
    const court = requireData(await this.courtRegister.getCourt(courtId), {
      notFound: `Could not find court with id: ${courtId}`,
    });
    return { data: court, errors: [] };
  }
}
