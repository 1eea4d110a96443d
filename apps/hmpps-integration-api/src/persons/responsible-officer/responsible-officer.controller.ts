import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataResponse, dataResponse } from '../../common/envelopes';
import { ApiHmppsIdParam, ApiOperationErrors } from '../../common/openapi';
import { ApiDataOk } from '../../common/response-classes';
import { PersonResponsibleOfficer } from '../../domain/probation-case';
import { ResponsibleOfficerService } from './responsible-officer.service';

@ApiTags('persons')
@Controller('v1/persons')
export class ResponsibleOfficerController {
  constructor(private readonly service: ResponsibleOfficerService) {}

  @Get(':encodedHmppsId/person-responsible-officer')
  @ApiOperation({ summary: 'Returns the person responsible officer associated with a person' })
  @ApiHmppsIdParam('encodedHmppsId', true)
  @ApiDataOk(
    PersonResponsibleOfficer,
    'Successfully found the person responsible officer for a person with the provided HMPPS ID.',
  )
  @ApiOperationErrors(400, 404)
  @Audit('GET_PERSON_RESPONSIBLE_OFFICER', pathDetails({ hmppsId: 'encodedHmppsId' }))
  async getResponsibleOfficer(
    @Param('encodedHmppsId') hmppsId: string,
  ): Promise<DataResponse<PersonResponsibleOfficer>> {
    const officer = await this.service.getResponsibleOfficer(hmppsId);
    return dataResponse(officer);
  }
}
