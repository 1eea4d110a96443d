import { Audit } from '@libs/queue';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { pathDetails, pathParams, argumentOf } from '../../audit/audit-details';
import { DataResponse, dataResponse } from '../../common/envelopes';
import { BooleanParam, TextParam } from '../../common/query-rules';
import { ApiDataOk, ApiErrors } from '../../common/response-classes';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { PrisonCapacity, ResidentialDetails, ResidentialHierarchyItem } from '../../domain/location';
import { LocationsService } from './locations.service';

const PRISONS_FILTER = 'Applicable filters: prisons.';
const PrisonIdParam = () =>
  ApiParam({ name: 'prisonId', description: 'The ID of the prison to be queried against' });

class ResidentialHierarchyQuery {
  @BooleanParam(false, { description: 'Include temporarily inactive locations' })
  includeInactive!: boolean;
}

class ResidentialDetailsQuery {
  // Sent upstream as given, empty included.
  @TextParam(
    { description: 'Parent location path hierarchy: a wing or landing code', example: 'A-1' },
    { keepEmpty: true },
  )
  parentPathHierarchy?: string;
}

@ApiTags('prison', 'residential areas')
@Controller('v1/prison/:prisonId')
export class ResidentialAreasController {
  constructor(private readonly service: LocationsService) {}

  @Get('residential-hierarchy')
  @ApiOperation({ summary: 'Gets the residential hierarchy for a prison.', description: PRISONS_FILTER })
  @PrisonIdParam()
  @ApiDataOk(ResidentialHierarchyItem, 'Successfully performed the query on upstream APIs.', {
    isArray: true,
  })
  @ApiErrors([400, 404])
  @Audit('GET_PRISON_RESIDENTIAL_HIERARCHY', pathDetails('prisonId'))
  async getResidentialHierarchy(
    @Param('prisonId') prisonId: string,
    @Query() { includeInactive }: ResidentialHierarchyQuery,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<ResidentialHierarchyItem[]>> {
    return dataResponse(
      await this.service.getResidentialHierarchy(prisonId, includeInactive, consumer.filters),
    );
  }

  @Get('residential-details')
  @ApiOperation({ summary: 'Gets the residential details for a prison.', description: PRISONS_FILTER })
  @PrisonIdParam()
  @ApiDataOk(ResidentialDetails, 'Successfully performed the query on upstream APIs.')
  @ApiErrors([400, 404])
  @Audit('GET_PRISON_RESIDENTIAL_DETAILS', (request, args) => ({
    prisonId: pathParams(request).prisonId,
    parentPathHierarchy: argumentOf(ResidentialDetailsQuery, args).parentPathHierarchy ?? null,
  }))
  async getResidentialDetails(
    @Param('prisonId') prisonId: string,
    @Query() { parentPathHierarchy }: ResidentialDetailsQuery,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<ResidentialDetails>> {
    return dataResponse(
      await this.service.getResidentialDetails(prisonId, parentPathHierarchy, consumer.filters),
    );
  }

  @Get('capacity')
  @ApiOperation({ summary: 'Gets the capacity details for a prison.', description: PRISONS_FILTER })
  @PrisonIdParam()
  @ApiDataOk(PrisonCapacity, 'Successfully performed the query on upstream APIs.')
  @ApiErrors([400, 404])
  @Audit('GET_CAPACITY_DETAILS', pathDetails('prisonId'))
  async getCapacity(
    @Param('prisonId') prisonId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<PrisonCapacity>> {
    return dataResponse(await this.service.getCapacity(prisonId, consumer.filters));
  }
}
