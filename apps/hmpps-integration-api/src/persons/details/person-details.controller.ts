import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataResponse, dataResponse } from '../../common/envelopes';
import { ApiDataResponse, ApiHmppsIdParam, ApiOperationErrors, PERSON_SCHEMA } from '../../common/openapi';
import { PersonDetails, PersonDetailsService } from './person-details.service';

@ApiTags('persons')
@Controller('v1/persons')
export class PersonDetailsController {
  constructor(private readonly service: PersonDetailsService) {}

  /** The path value arrives decoded once, so `2004%2F13116M` is the PNC id `2004/13116M`. */
  @Get(':encodedHmppsId')
  @ApiOperation({ summary: 'Returns a person, as probation and prisoner search know them' })
  @ApiHmppsIdParam('encodedHmppsId', true)
  @ApiDataResponse('The person was found by probation.', {
    type: 'object',
    properties: { prisonerOffenderSearch: PERSON_SCHEMA, probationOffenderSearch: PERSON_SCHEMA },
  })
  @ApiOperationErrors(404)
  @Audit('GET_PERSON_DETAILS', pathDetails({ hmppsId: 'encodedHmppsId' }))
  async getPerson(@Param('encodedHmppsId') hmppsId: string): Promise<DataResponse<PersonDetails>> {
    const details = await this.service.getPersonDetails(hmppsId);
    return dataResponse(details);
  }
}
