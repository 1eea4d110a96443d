import { Audit } from '@libs/queue';
import { pathParams } from '../audit/audit-details';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { DataWithErrorsResponse } from '../common/envelopes';
import { ApiOperationErrors } from '../common/openapi';
import { positiveInteger } from '../common/query-params';
import { ApiDataWithErrorsResponse } from '../common/response-classes';
import { CaseDetail } from '../domain/case-detail';
import { EpfService } from './epf.service';

/** Effective Proposal Framework (ADR 0012: the client name follows the version). */
@ApiTags('epf')
@Controller('v1/epf/person-details')
export class EpfController {
  constructor(private readonly service: EpfService) {}

  @Get(':hmppsId/:eventNumber')
  @ApiOperation({
    summary: 'Probation case information for the Effective Proposals Framework service',
    description:
      'Background on one event of a probation case, so EPF users need not re-key what Delius holds.',
  })
  @ApiParam({ name: 'hmppsId', description: 'The CRN of the case' })
  @ApiParam({ name: 'eventNumber', description: 'The Delius event number', schema: { type: 'integer' } })
  // data is null when EPF answers a success without a body.
  @ApiDataWithErrorsResponse(CaseDetail, 'OK', 200, { nullable: true })
  @ApiOperationErrors(400, 404)
  @Audit('GET_EPF_PROBATION_CASE_INFORMATION', (request) => ({
    hmppsId: pathParams(request).hmppsId,
    eventNumber: String(positiveInteger(pathParams(request).eventNumber, 'eventNumber', 1)),
  }))
  async getCaseDetail(
    @Param('hmppsId') hmppsId: string,
    @Param('eventNumber') eventNumberParam: string,
  ): Promise<DataWithErrorsResponse<CaseDetail | null>> {
    const eventNumber = positiveInteger(eventNumberParam, 'eventNumber', 1);
    const detail = await this.service.getCaseDetail(hmppsId, eventNumber);
    return { data: detail, errors: [] };
  }
}
