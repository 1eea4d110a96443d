import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataResponse, dataResponse } from '../../common/envelopes';
import { ApiHmppsIdParam, ApiOperationErrors } from '../../common/openapi';
import { ApiDataOk } from '../../common/response-classes';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { ProtectedCharacteristics } from '../../domain/protected-characteristics';
import { ProtectedCharacteristicsService } from './protected-characteristics.service';

@ApiTags('persons')
@Controller('v1/persons')
export class ProtectedCharacteristicsController {
  constructor(private readonly service: ProtectedCharacteristicsService) {}

  @Get(':hmppsId/protected-characteristics')
  @ApiOperation({
    summary: 'Returns protected characteristics of a person',
    description: 'Applicable filters: prisons.',
  })
  @ApiHmppsIdParam()
  @ApiDataOk(ProtectedCharacteristics, 'The person was found by probation.')
  @ApiOperationErrors(400, 404)
  @Audit('GET_PERSON_PROTECTED_CHARACTERISTICS', pathDetails('hmppsId'))
  async getProtectedCharacteristics(
    @Param('hmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<ProtectedCharacteristics>> {
    const characteristics = await this.service.getProtectedCharacteristics(hmppsId, consumer.filters);
    return dataResponse(characteristics);
  }
}
