import { Audit } from '@libs/queue';
import { paramsAs } from '../audit/audit-details';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataWithErrorsResponse } from '../common/envelopes';
import { ApiDataResponse, ApiOperationErrors } from '../common/openapi';
import { CaseDetail } from '../domain/case-detail';
import { fieldSchemas, fieldsOf, nullable, objectOf } from '../persons/schema';
import { EpfCaseParams } from './epf-case.params';
import { EpfService } from './epf.service';

const court = fieldsOf('string', ['name'], { nullable: true });
const CASE_DETAIL_SCHEMA = objectOf({
  ...fieldSchemas('string', ['nomsId', 'dateOfBirth', 'gender']),
  name: fieldsOf('string', ['forename', 'middleName', 'surname'], { nullable: true }),
  courtAppearance: objectOf({ date: nullable('string'), court }, { nullable: true }),
  sentence: objectOf(
    { ...fieldSchemas('string', ['date', 'releaseDate', 'expectedReleaseDate']), sentencingCourt: court },
    { nullable: true },
  ),
  responsibleProvider: fieldsOf('string', ['code', 'name'], { nullable: true }),
  ...fieldSchemas('integer', ['ogrsScore', 'age', 'ageAtRelease']),
  rsrScore: nullable('number'),
});

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
  @ApiDataResponse('OK', CASE_DETAIL_SCHEMA)
  @ApiOperationErrors(400, 404)
  @Audit('GET_EPF_PROBATION_CASE_INFORMATION', (request) => {
    const { hmppsId, eventNumber } = paramsAs(EpfCaseParams, request);
    return { hmppsId, eventNumber: String(eventNumber) };
  })
  async getCaseDetail(
    @Param() { hmppsId, eventNumber }: EpfCaseParams,
  ): Promise<DataWithErrorsResponse<CaseDetail | null>> {
    const detail = await this.service.getCaseDetail(hmppsId, eventNumber);
    return { data: detail, errors: [] };
  }
}
