import { Audit } from '@libs/queue';
import { pathDetails, pathParams, argumentOf } from '../audit/audit-details';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { DataWithErrorsResponse, PaginatedResponse } from '../common/envelopes';
import { ApiHmppsIdParam, ApiOperationErrors } from '../common/openapi';
import { PageQuery } from '../common/page-query';
import { ApiDataWithErrorsResponse, ApiPaginatedOk } from '../common/response-classes';
import { AuthorisedConsumer } from '../consumers/authorised-consumer';
import { Consumer } from '../consumers/consumer.decorator';
import { DetailedContact, PrisonerContact } from '../domain/contact';
import { ContactsService } from './contacts.service';

@ApiTags('contacts')
@Controller('v1')
export class ContactsController {
  constructor(private readonly service: ContactsService) {}

  @Get('persons/:hmppsId/contacts')
  @ApiOperation({ summary: "Returns a prisoner's contacts.", description: 'Applicable filters: prisons.' })
  @ApiHmppsIdParam()
  @ApiPaginatedOk(PrisonerContact, "Successfully found a prisoner's contacts.")
  @ApiOperationErrors(400, 404)
  @Audit('GET_PRISONER_CONTACTS', (request, args) => {
    const { page, perPage } = argumentOf(PageQuery, args);
    return { hmppsId: pathParams(request).hmppsId, page, perPage };
  })
  async getPrisonerContacts(
    @Param('hmppsId') hmppsId: string,
    @Query() query: PageQuery,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<PaginatedResponse<PrisonerContact>> {
    return this.service.getPrisonerContacts(hmppsId, query, consumer.filters);
  }

  @Get('contacts/:contactId')
  @ApiOperation({ summary: 'Returns a contact by ID.' })
  @ApiParam({ name: 'contactId', description: 'The contact ID (a whole number)' })
  @ApiDataWithErrorsResponse(DetailedContact, 'Successfully found contact by contact ID.')
  @ApiOperationErrors(400, 404)
  @Audit('GET_CONTACT_BY_ID', pathDetails('contactId'))
  async getContact(@Param('contactId') contactId: string): Promise<DataWithErrorsResponse<DetailedContact>> {
    const contact = await this.service.getContact(contactId);
    return { data: contact, errors: [] };
  }
}
