import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataResponse, dataResponse } from '../../common/envelopes';
import { ApiHmppsIdParam } from '../../common/openapi';
import { ApiDataOk, ApiErrors } from '../../common/response-classes';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { PersonName, PersonNameService } from './person-name.service';

@ApiTags('persons')
@Controller('v1/persons')
export class PersonNameController {
  constructor(private readonly service: PersonNameService) {}

  @Get(':hmppsId/name')
  @ApiOperation({ summary: "Returns a person's name", description: 'Applicable filters: prisons.' })
  @ApiHmppsIdParam()
  @ApiDataOk(PersonName, 'The person was found.')
  @ApiErrors([400, 404])
  @Audit('GET_PERSON_NAME', pathDetails('hmppsId'))
  async getName(
    @Param('hmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<PersonName>> {
    const name = await this.service.getName(hmppsId, consumer.filters);
    return dataResponse(name);
  }
}
