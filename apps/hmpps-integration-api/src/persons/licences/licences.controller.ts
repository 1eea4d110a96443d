import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataResponse, dataResponse } from '../../common/envelopes';
import { ApiHmppsIdParam, ApiOperationErrors } from '../../common/openapi';
import { ApiDataOk } from '../../common/response-classes';
import { PersonLicences } from '../../domain/licence';
import { LicencesService } from './licences.service';

@ApiTags('persons')
@Controller('v1/persons')
export class LicencesController {
  constructor(private readonly service: LicencesService) {}

  @Get(':encodedHmppsId/licences/conditions')
  @ApiOperation({
    summary: 'Returns licence conditions associated with a person, sorted by createdDateTime (newest first)',
  })
  @ApiHmppsIdParam('encodedHmppsId', true)
  @ApiDataOk(PersonLicences, 'Successfully found licences for a person with the provided HMPPS ID.')
  @ApiOperationErrors(400, 404)
  @Audit('GET_PERSON_LICENCE_CONDITION', pathDetails({ hmppsId: 'encodedHmppsId' }))
  async getLicenceConditions(
    @Param('encodedHmppsId') hmppsId: string,
  ): Promise<DataResponse<PersonLicences>> {
    const licences = await this.service.getLicenceConditions(hmppsId);
    return dataResponse(licences);
  }
}
