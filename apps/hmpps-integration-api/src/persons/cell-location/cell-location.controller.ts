import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataResponse, dataResponse } from '../../common/envelopes';
import { ApiHmppsIdParam } from '../../common/openapi';
import { ApiDataOk, ApiErrors } from '../../common/response-classes';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { CellLocation, CellLocationService } from './cell-location.service';

@ApiTags('persons')
@Controller('v1/persons')
export class CellLocationController {
  constructor(private readonly service: CellLocationService) {}

  @Get(':hmppsId/cell-location')
  @ApiOperation({
    summary: 'Returns the cell location of a person',
    description: 'Applicable filters: prisons.',
  })
  @ApiHmppsIdParam()
  @ApiDataOk(CellLocation, 'The prisoner was found; all fields are null while they are out of prison.')
  @ApiErrors([400, 404])
  @Audit('GET_PERSON_CELL_LOCATION', pathDetails('hmppsId'))
  async getCellLocation(
    @Param('hmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<CellLocation>> {
    const location = await this.service.getCellLocation(hmppsId, consumer.filters);
    return dataResponse(location);
  }
}
