import { Audit } from '@libs/queue';
import { pathParams } from '../audit/audit-details';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { DataWithErrorsResponse } from '../common/envelopes';
import { ApiDataResponse, ApiOperationErrors } from '../common/openapi';
import { positiveInteger } from '../common/query-params';
import { CaseDetail } from '../domain/case-detail';
import { fieldSchemas, fieldsOf, nullable, objectOf } from '../persons/schema';
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
  @ApiParam({ name: 'hmppsId', description: 'The CRN of the case' })
  @ApiParam({ name: 'eventNumber', description: 'The Delius event number', schema: { type: 'integer' } })
  @ApiDataResponse('OK', CASE_DETAIL_SCHEMA)
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
