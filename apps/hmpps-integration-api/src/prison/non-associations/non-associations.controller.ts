import { Audit } from '@libs/queue';
import { pathDetails } from '../../audit/audit-details';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { DataResponse, dataResponse } from '../../common/envelopes';
import { ApiHmppsIdParam, ApiOperationErrors } from '../../common/openapi';
import { BooleanParam } from '../../common/query-rules';
import { ApiDataOk } from '../../common/response-classes';
import { AuthorisedConsumer } from '../../consumers/authorised-consumer';
import { Consumer } from '../../consumers/consumer.decorator';
import { NonAssociations } from '../../domain/non-association';
import { NonAssociationsService } from './non-associations.service';

class NonAssociationsQuery {
  @BooleanParam(true)
  includeOpen!: boolean;

  @BooleanParam(false)
  includeClosed!: boolean;
}

@ApiTags('prison')
@Controller('v1/prison/:prisonId/prisoners/:hmppsId/non-associations')
export class NonAssociationsController {
  constructor(private readonly service: NonAssociationsService) {}

  @Get()
  @ApiOperation({
    summary: "Returns a single prisoner's list of non-associates.",
    description:
      'includeOpen is true by default, includeClosed is false by default. At least one must be true. Applicable filters: prisons.',
  })
  @ApiParam({ name: 'prisonId', description: 'The prison ID of the prisoner' })
  @ApiHmppsIdParam()
  @ApiDataOk(NonAssociations, "Successfully found prisoner's non-associates.")
  @ApiOperationErrors(400, 404)
  @Audit('GET_PRISONERS_NON_ASSOCIATES', pathDetails('hmppsId', 'prisonId'))
  async getNonAssociations(
    @Param('prisonId') prisonId: string,
    @Param('hmppsId') hmppsId: string,
    @Query() { includeOpen, includeClosed }: NonAssociationsQuery,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<NonAssociations>> {
    const flags = { includeOpen, includeClosed };
    const nonAssociations = await this.service.getNonAssociations(prisonId, hmppsId, flags, consumer.filters);
    return dataResponse({ nonAssociations });
  }
}
