import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataResponse, dataResponse } from '../../common/envelopes';
import { ApiHmppsIdParam } from '../../common/openapi';
import { ApiDataOk, ApiErrors } from '../../common/response-classes';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { IepLevel } from '../../domain/iep-level';
import { IepLevelService } from './iep-level.service';

@ApiTags('persons')
@Controller('v1/persons')
export class IepLevelController {
  constructor(private readonly service: IepLevelService) {}

  @Get(':hmppsId/iep-level')
  @ApiOperation({ summary: "Returns a prisoner's IEP level.", description: 'Applicable filters: prisons.' })
  @ApiHmppsIdParam()
  @ApiDataOk(IepLevel, "Successfully found a prisoner's IEP level.")
  @ApiErrors([400, 404])
  @Audit('GET_PRISONER_IEP_LEVEL', pathDetails('hmppsId'))
  async getIepLevel(
    @Param('hmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<IepLevel>> {
    const level = await this.service.getIepLevel(hmppsId, consumer.filters);
    return dataResponse(level);
  }
}
