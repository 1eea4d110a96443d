import { Audit } from '@libs/queue';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { pathDetails } from '../../audit/audit-details';
import { DataResponse, dataResponse } from '../../common/envelopes';
import { ApiDataOk, ApiErrors } from '../../common/response-classes';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { Location } from '../../domain/location';
import { HmppsMessageResponse } from '../../hmpps-messages/hmpps-message';
import { DeactivateLocationRequest } from './deactivate-location-request.dto';
import { LocationsService } from './locations.service';

@ApiTags('prison', 'residential areas')
@Controller('v1/prison/:prisonId/location/:key')
export class LocationController {
  constructor(private readonly service: LocationsService) {}

  @Get()
  @ApiOperation({
    summary: 'Gets the location information for a prison location based on a key.',
    description: 'Applicable filters: prisons.',
  })
  @ApiParam({ name: 'prisonId', description: 'The ID of the prison to be queried against' })
  @ApiParam({ name: 'key', description: 'The key of the location: <prisonId>-<path>, e.g. MDI-A-1-001' })
  @ApiDataOk(Location, 'Successfully performed the query on upstream APIs.')
  @ApiErrors([400, 404])
  @Audit('GET_LOCATION_INFORMATION', pathDetails('prisonId', 'key'))
  async getLocation(
    @Param('prisonId') prisonId: string,
    @Param('key') key: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<Location>> {
    return dataResponse(await this.service.getLocation(prisonId, key, consumer.filters));
  }

  @Post('deactivate')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Temporarily mark a location as inactive. The location must be a cell.',
    description:
      'The request is checked, then queued for Locations Inside Prison, which deactivates the cell. ' +
      'Applicable filters: prisons.',
  })
  @ApiParam({ name: 'prisonId', description: 'The ID of the prison the location is in' })
  @ApiParam({ name: 'key', description: 'The key of the location, which must be a cell' })
  @ApiBody({ type: DeactivateLocationRequest })
  @ApiDataOk(HmppsMessageResponse, 'Successfully posted to upstream APIs.')
  @ApiErrors([400, 404, 409], { body: true })
  @Audit('DEACTIVATE_LOCATION', pathDetails('prisonId', 'key'))
  async deactivate(
    @Param('prisonId') prisonId: string,
    @Param('key') key: string,
    @Body() request: DeactivateLocationRequest,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<HmppsMessageResponse>> {
    return dataResponse(
      await this.service.deactivate(prisonId, key, request, consumer.name, consumer.filters),
    );
  }
}
