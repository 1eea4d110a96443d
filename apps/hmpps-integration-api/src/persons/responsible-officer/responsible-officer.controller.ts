import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditService } from '../../audit/audit.service';
import { DataResponse, dataResponse } from '../../common/envelopes';
import { ApiDataResponse, ApiHmppsIdParam, ApiOperationErrors } from '../../common/openapi';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { PersonResponsibleOfficer } from '../../domain/probation-case';
import { fieldSchemas, fieldsOf, objectOf } from '../schema';
import { ResponsibleOfficerService } from './responsible-officer.service';

const RESPONSIBLE_OFFICER_SCHEMA = objectOf({
  prisonOffenderManager: objectOf({
    ...fieldSchemas('string', ['forename', 'surname']),
    prison: fieldsOf('string', ['code']),
  }),
  communityOffenderManager: objectOf({
    name: fieldsOf('string', ['forename', 'surname']),
    ...fieldSchemas('string', ['email', 'telephoneNumber']),
    team: fieldsOf('string', ['code', 'description', 'email', 'telephoneNumber']),
  }),
});

@ApiTags('persons')
@Controller('v1/persons')
export class ResponsibleOfficerController {
  constructor(
    private readonly service: ResponsibleOfficerService,
    private readonly audit: AuditService,
  ) {}

  @Get(':encodedHmppsId/person-responsible-officer')
  @ApiOperation({ summary: 'Returns the person responsible officer associated with a person' })
  @ApiHmppsIdParam('encodedHmppsId', true)
  @ApiDataResponse(
    'Successfully found the person responsible officer for a person with the provided HMPPS ID.',
    RESPONSIBLE_OFFICER_SCHEMA,
  )
  @ApiOperationErrors(400, 404)
  async getResponsibleOfficer(
    @Param('encodedHmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<PersonResponsibleOfficer>> {
    const officer = await this.service.getResponsibleOfficer(hmppsId);
    await this.audit.record('GET_PERSON_RESPONSIBLE_OFFICER', consumer, { hmppsId });
    return dataResponse(officer);
  }
}
