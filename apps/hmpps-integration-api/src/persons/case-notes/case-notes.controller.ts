import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { PaginatedResponse } from '../../common/envelopes';
import { ApiHmppsIdParam, ApiOperationErrors } from '../../common/openapi';
import { ApiPaginatedOk } from '../../common/response-classes';
import { CaseNote } from '../../domain/case-note';
import { CaseNotesQuery } from './case-notes.query';
import { CaseNotesService } from './case-notes.service';

@ApiTags('persons')
@Controller('v1/persons')
export class CaseNotesController {
  constructor(private readonly service: CaseNotesService) {}

  @Get(':encodedHmppsId/case-notes')
  @ApiOperation({ summary: 'Returns case notes associated with a person' })
  @ApiHmppsIdParam('encodedHmppsId', true)
  @ApiPaginatedOk(CaseNote, 'Successfully found case notes for a person with the provided HMPPS ID.')
  @ApiOperationErrors(400, 404)
  @Audit('GET_CASE_NOTES', pathDetails({ hmppsId: 'encodedHmppsId' }))
  getCaseNotes(
    @Param('encodedHmppsId') hmppsId: string,
    @Query() query: CaseNotesQuery,
  ): Promise<PaginatedResponse<CaseNote>> {
    const { startDate, endDate, page, perPage } = query;
    return this.service.getCaseNotes(hmppsId, { startDate, endDate }, { page, perPage });
  }
}
