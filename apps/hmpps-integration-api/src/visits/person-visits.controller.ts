import { Audit } from '@libs/queue';
import { pathDetails } from '../audit/audit-details';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { DataResponse, dataResponse } from '../common/envelopes';
import { ApiHmppsIdParam, ApiOperationErrors } from '../common/openapi';
import { ApiDataOk } from '../common/response-classes';
import { AuthorisedConsumer } from '../consumers/authorised-consumer';
import { Consumer } from '../consumers/consumer.decorator';
import { PrisonerContactRestrictions } from '../domain/contact';
import { PersonVisitRestriction, Visit, VisitOrders } from '../domain/visit';
import { PersonVisitsService } from './person-visits.service';
import { VisitorRestrictionsService } from './visitor-restrictions.service';

@ApiTags('visits')
@Controller('v1/persons/:hmppsId')
export class PersonVisitsController {
  constructor(
    private readonly visits: PersonVisitsService,
    private readonly visitorRestrictions: VisitorRestrictionsService,
  ) {}

  @Get('visit/future')
  @ApiOperation({ summary: 'Get future visit information.', description: 'Applicable filters: prisons.' })
  @ApiHmppsIdParam()
  @ApiDataOk(Visit, "Successfully found a person's future visits.", { isArray: true })
  @ApiOperationErrors(400, 404)
  @Audit('GET_FUTURE_VISITS', pathDetails('hmppsId'))
  async getFutureVisits(
    @Param('hmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<Visit[]>> {
    const visits = await this.visits.getFutureVisits(hmppsId, consumer.filters);
    return dataResponse(visits);
  }

  @Get('visit-restrictions')
  @ApiOperation({
    summary: 'Gets restrictions for the latest booking.',
    description: 'Applicable filters: prisons.',
  })
  @ApiHmppsIdParam()
  @ApiDataOk(PersonVisitRestriction, "Successfully found a person's visit restrictions.", { isArray: true })
  @ApiOperationErrors(400, 404)
  @Audit('GET_PERSON_VISIT_RESTRICTIONS', pathDetails('hmppsId'))
  async getVisitRestrictions(
    @Param('hmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<PersonVisitRestriction[]>> {
    const restrictions = await this.visits.getVisitRestrictions(hmppsId, consumer.filters);
    return dataResponse(restrictions);
  }

  @Get('visitor/:contactId/restrictions')
  @ApiOperation({
    summary: 'Gets visitor restrictions.',
    description: 'The restrictions on a contact visiting this prisoner. Applicable filters: prisons.',
  })
  @ApiHmppsIdParam()
  @ApiParam({ name: 'contactId', description: 'A contact ID' })
  @ApiDataOk(PrisonerContactRestrictions, "Successfully found a prisoner's visitor restrictions.")
  @ApiOperationErrors(400, 404)
  @Audit('GET_VISITOR_RESTRICTIONS', pathDetails('hmppsId', 'contactId'))
  async getVisitorRestrictions(
    @Param('hmppsId') hmppsId: string,
    @Param('contactId') contactId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<PrisonerContactRestrictions>> {
    const restrictions = await this.visitorRestrictions.getRestrictions(hmppsId, contactId, consumer.filters);
    return dataResponse(restrictions);
  }

  @Get('visit-orders')
  @ApiOperation({
    summary: 'Returns visit orders.',
    description: 'Not found when either balance is 0, as in the reference. Applicable filters: prisons.',
  })
  @ApiHmppsIdParam()
  @ApiDataOk(VisitOrders, "Successfully found a prisoner's visit orders.")
  @ApiOperationErrors(400, 404)
  @Audit('GET_PRISONER_VISIT_ORDERS', pathDetails('hmppsId'))
  async getVisitOrders(
    @Param('hmppsId') hmppsId: string,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<DataResponse<VisitOrders>> {
    const orders = await this.visits.getVisitOrders(hmppsId, consumer.filters);
    return dataResponse(orders);
  }
}
