import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditService } from '../../audit/audit.service';
import { DataResponse, dataResponse } from '../../common/envelopes';
import { ApiDataResponse, ApiHmppsIdParam, ApiOperationErrors } from '../../common/openapi';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { PersonLicences } from '../../domain/licence';
import { arrayOf, fieldSchemas, fieldsOf, objectOf } from '../schema';
import { LicencesService } from './licences.service';

const PERSON_LICENCES_SCHEMA = objectOf({
  hmppsId: { type: 'string' },
  ...fieldSchemas('string', ['offenderNumber']),
  licences: arrayOf(
    objectOf({
      ...fieldSchemas('string', [
        'id',
        'offenderNumber',
        'status',
        'typeCode',
        'createdDate',
        'approvedDate',
        'updatedDate',
      ]),
      conditions: arrayOf(fieldsOf('string', ['type', 'code', 'category', 'condition'])),
    }),
  ),
});

@ApiTags('persons')
@Controller('v1/persons')
export class LicencesController {
  constructor(
    private readonly service: LicencesService,
    private readonly audit: AuditService,
  ) {}

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
  async getLicenceConditions(
    @Param('encodedHmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<PersonLicences>> {
    const licences = await this.service.getLicenceConditions(hmppsId);
    await this.audit.record('GET_PERSON_LICENCE_CONDITION', consumer, { hmppsId });
    return dataResponse(licences);
  }
}
