import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { PaginatedResponse } from '../../common/envelopes';
import { ApiHmppsIdParam, ApiOperationErrors } from '../../common/openapi';
import { paginate } from '../../common/pagination';
import { PageQuery } from '../../common/page-query';
import { ApiPaginatedOk } from '../../common/response-classes';
import { Offence } from '../../domain/offence';
import { OffencesService } from './offences.service';

@ApiTags('persons')
@Controller('v1/persons')
export class OffencesController {
  constructor(private readonly service: OffencesService) {}

  @Get(':encodedHmppsId/offences')
  @ApiOperation({
    summary: 'Returns offences associated with a person, ordered by startDate (newest first)',
    description: 'Offences recorded by prison (NOMIS) and probation (nDelius) systems only.',
  })
  @ApiHmppsIdParam('encodedHmppsId', true)
  @ApiPaginatedOk(Offence, 'Successfully found offences for a person with the provided HMPPS ID.')
  @ApiOperationErrors(400, 404)
  @Audit('GET_PERSON_OFFENCES', pathDetails({ hmppsId: 'encodedHmppsId' }))
  async getOffences(
    @Param('encodedHmppsId') hmppsId: string,
    @Query() query: PageQuery,
  ): Promise<PaginatedResponse<Offence>> {
    const { page, perPage } = query;
    const offences = await this.service.getOffences(hmppsId);
    return paginate(offences, page, perPage);
  }
}
