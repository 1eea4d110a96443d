import { Audit } from '@libs/queue';
import { argumentOf } from '../audit/audit-details';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataWithErrorsResponse } from '../common/envelopes';
import { ApiOperationErrors } from '../common/openapi';
import { ApiDataWithErrorsResponse } from '../common/response-classes';
import { CaseDetail } from '../domain/case-detail';
import { EpfCaseParams } from './epf-case.params';
import { EpfService } from './epf.service';

/** Effective Proposal Framework (the reference's ADR 0012: the client name follows the version). */
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
  // data is null when EPF answers a success without a body.
  @ApiDataWithErrorsResponse(CaseDetail, 'OK', 200, { nullable: true })
  @ApiOperationErrors(400, 404)
  @Audit('GET_EPF_PROBATION_CASE_INFORMATION', (_request, args) => {
    const { hmppsId, eventNumber } = argumentOf(EpfCaseParams, args);
    return { hmppsId, eventNumber: String(eventNumber) };
  })
  async getCaseDetail(
    @Param() { hmppsId, eventNumber }: EpfCaseParams,
  ): Promise<DataWithErrorsResponse<CaseDetail | null>> {
    const detail = await this.service.getCaseDetail(hmppsId, eventNumber);
    return { data: detail, errors: [] };
  }
}
