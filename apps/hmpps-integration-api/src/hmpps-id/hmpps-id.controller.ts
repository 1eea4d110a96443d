import { Audit } from '@libs/queue';
import { pathDetails } from '../audit/audit-details';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { DataResponse, dataResponse } from '../common/envelopes';
import { ApiHmppsIdParam, ApiOperationErrors } from '../common/openapi';
import { ApiDataOk } from '../common/response-classes';
import { AuthorisedConsumer } from '../consumers/authorised-consumer';
import { Consumer } from '../consumers/consumer.decorator';
import { HmppsIdResponse, HmppsIdService, NomisNumberResponse } from './hmpps-id.service';

@ApiTags('hmpps-id')
@Controller('v1/hmpps/id')
export class HmppsIdController {
  constructor(private readonly service: HmppsIdService) {}

  /** One handler, two routes, as in the reference. */
  @Get(['nomis-number/:nomisNumber', 'by-nomis-number/:nomisNumber'])
  @ApiOperation({
    summary: 'Returns the HMPPS ID of a NOMIS number',
    description:
      'The CRN when probation knows the person, otherwise the NOMIS number. Applicable filters: prisons.',
  })
  @ApiParam({ name: 'nomisNumber' })
  @ApiDataOk(HmppsIdResponse, 'The person was found.')
  @ApiOperationErrors(400, 404)
  @Audit('GET_HMPPS_ID_BY_NOMIS_NUMBER', pathDetails('nomisNumber'))
  async getHmppsId(
    @Param('nomisNumber') nomisNumber: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<HmppsIdResponse>> {
    const hmppsId = await this.service.getHmppsId(nomisNumber, consumer.filters);
    return dataResponse(hmppsId);
  }

  @Get('nomis-number/by-hmpps-id/:hmppsId')
  @ApiOperation({
    summary: 'Returns the NOMIS number of an HMPPS ID',
    description: 'Applicable filters: prisons.',
  })
  @ApiHmppsIdParam()
  @ApiDataOk(NomisNumberResponse, 'The person was found.')
  @ApiOperationErrors(400, 404)
  @Audit('GET_NOMIS_NUMBER_BY_HMPPS_ID', pathDetails('hmppsId'))
  async getNomisNumber(
    @Param('hmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<NomisNumberResponse>> {
    const nomisNumber = await this.service.getNomisNumber(hmppsId, consumer.filters);
    return dataResponse(nomisNumber);
  }
}
