import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataResponse, dataResponse } from '../../common/envelopes';
import { ApiDataResponse, ApiHmppsIdParam, ApiOperationErrors } from '../../common/openapi';
import { PersonLicences } from '../../domain/licence';
import { arrayOf, fieldSchemas, fieldsOf, objectOf } from '../schema';
import { LicencesService } from './licences.service';

const PERSON_LICENCES_SCHEMA = objectOf({
  hmppsId: { type: 'string' },
  ...fieldSchemas('string', ['offenderNumber']),
  licences: arrayOf(
    objectOf({
      ...fieldSchemas('string', ['status', 'typeCode', 'createdDate', 'approvedDate', 'updatedDate']),
      conditions: arrayOf(fieldsOf('string', ['type', 'code', 'category', 'condition'])),
    }),
  ),
});

@ApiTags('persons')
@Controller('v1/persons')
export class LicencesController {
  constructor(private readonly service: LicencesService) {}

  @Get(':encodedHmppsId/licences/conditions')
  @ApiOperation({
    summary: 'Returns licence conditions associated with a person, sorted by createdDateTime (newest first)',
  })
  @ApiHmppsIdParam('encodedHmppsId', true)
  @ApiDataResponse(
    'Successfully found licences for a person with the provided HMPPS ID.',
    PERSON_LICENCES_SCHEMA,
  )
  @ApiOperationErrors(400, 404)
  @Audit('GET_PERSON_LICENCE_CONDITION', pathDetails({ hmppsId: 'encodedHmppsId' }))
  async getLicenceConditions(
    @Param('encodedHmppsId') hmppsId: string,
  ): Promise<DataResponse<PersonLicences>> {
    const licences = await this.service.getLicenceConditions(hmppsId);
    return dataResponse(licences);
  }
}
