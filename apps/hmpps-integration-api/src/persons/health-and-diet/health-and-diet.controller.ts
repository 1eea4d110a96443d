import { Audit } from '@libs/queue';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { pathDetails } from '../../audit/audit-details';
import { DataResponse, dataResponse } from '../../common/envelopes';
import { ApiHmppsIdParam } from '../../common/openapi';
import { ApiDataOk, ApiErrors } from '../../common/response-classes';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { HealthAndDiet } from './health-and-diet.responses';
import { HealthAndDietService } from './health-and-diet.service';

@ApiTags('persons')
@Controller('v1/persons')
export class HealthAndDietController {
  constructor(private readonly service: HealthAndDietService) {}

  @Get(':hmppsId/health-and-diet')
  @ApiOperation({
    summary: "Returns a prisoner's diet, food allergies and catering instructions, and whether they smoke.",
    description: 'Applicable filters: prisons.',
  })
  @ApiHmppsIdParam()
  @ApiDataOk(HealthAndDiet, 'Successfully found a persons health and diet information.')
  @ApiErrors([400, 404])
  @Audit('GET_PERSON_HEALTH_AND_DIET_INFORMATION', pathDetails('hmppsId'))
  async getHealthAndDiet(
    @Param('hmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<HealthAndDiet>> {
    return dataResponse(await this.service.getHealthAndDiet(hmppsId, consumer.filters));
  }
}
