import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { PaginatedResponse } from '../../common/envelopes';
import { ApiHmppsIdParam, ApiOperationErrors, ApiPagingQueries } from '../../common/openapi';
import { paginate } from '../../common/pagination';
import { ApiPaginatedOk } from '../../common/response-classes';
import { isoDate, pageRequestOf, QueryMap, singleValue } from '../../common/query-params';
import { CaseNote } from '../../domain/case-note';
import { CaseNoteFilter } from '../../upstream/case-notes/case-notes.gateway';
import { CaseNotesService } from './case-notes.service';

/** startDate/endDate are calendar dates; impossible ones are a 400 rather than the reference's 500. */
function caseNoteFilter(query: QueryMap): CaseNoteFilter {
  return {
    startDate: isoDate(singleValue(query.startDate, 'startDate')),
    endDate: isoDate(singleValue(query.endDate, 'endDate')),
    locationId: singleValue(query.locationId, 'locationId') || undefined,
  };
}

@ApiTags('persons')
@Controller('v1/persons')
export class CaseNotesController {
  constructor(private readonly service: CaseNotesService) {}

  @Get(':encodedHmppsId/case-notes')
  @ApiOperation({ summary: 'Returns case notes associated with a person' })
  @ApiHmppsIdParam('encodedHmppsId', true)
  @ApiQuery({
    name: 'startDate',
    required: false,
    description: 'Filter case notes from this date (yyyy-MM-dd)',
  })
  @ApiQuery({
    name: 'endDate',
    required: false,
    description: 'Filter case notes up to this date (yyyy-MM-dd)',
  })
  @ApiQuery({ name: 'locationId', required: false, description: 'Filter by the location, e.g. MDI' })
  @ApiPagingQueries()
  @ApiPaginatedOk(CaseNote, 'Successfully found case notes for a person with the provided HMPPS ID.')
  @ApiOperationErrors(400, 404)
  @Audit('GET_CASE_NOTES', pathDetails({ hmppsId: 'encodedHmppsId' }))
  async getCaseNotes(
    @Param('encodedHmppsId') hmppsId: string,
    @Query() query: QueryMap,
  ): Promise<PaginatedResponse<CaseNote>> {
    const filter = caseNoteFilter(query);
    const { page, perPage } = pageRequestOf(query);
    const caseNotes = await this.service.getCaseNotes(hmppsId, filter);
    return paginate(caseNotes, page, perPage);
  }
}
