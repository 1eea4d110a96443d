import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataResponse, dataResponse } from '../../common/envelopes';
import { ApiHmppsIdParam } from '../../common/openapi';
import { ApiDataOk, ApiErrors } from '../../common/response-classes';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { Address } from '../../domain/address';
import { AddressesService } from './addresses.service';

@ApiTags('persons')
@Controller('v1/persons')
export class AddressesController {
  constructor(private readonly service: AddressesService) {}

  @Get(':hmppsId/addresses')
  @ApiOperation({
    summary: 'Returns addresses associated with a person',
    description:
      'NOMIS addresses (newest start date first), then nDelius addresses. Applicable filters: prisons.',
  })
  @ApiHmppsIdParam()
  @ApiDataOk(Address, 'The person was found.', { isArray: true })
  @ApiErrors([400, 404])
  @Audit('GET_PERSON_ADDRESS', pathDetails('hmppsId'))
  async getAddresses(
    @Param('hmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<Address[]>> {
    const addresses = await this.service.getAddresses(hmppsId, consumer.filters);
    return dataResponse(addresses);
  }
}
