import { Audit } from '@libs/queue';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { pathDetails } from '../audit/audit-details';
import { PaginatedResponse } from '../common/envelopes';
import { ApiHmppsIdParam } from '../common/openapi';
import { PageQuery } from '../common/page-query';
import { ApiErrors, ApiPaginatedOk } from '../common/response-classes';
import { AuthorisedConsumer } from '../consumers/authorised-consumer';
import { Consumer } from '../consumers/consumer.decorator';
import { PrisonerContact } from '../domain/contact';
import { FeatureFlag } from '../feature-flags/feature-flag.decorator';
import { ContactsService } from './contacts.service';

@ApiTags('contacts')
@Controller('v1/persons')
export class EmergencyContactsController {
  constructor(private readonly service: ContactsService) {}

  /** The prisoner's contacts that are emergency contacts or next of kin; deprecated by the reference. */
  @FeatureFlag('use-emergency-contacts-endpoint')
  @Get(':hmppsId/emergency-contacts')
  @ApiOperation({
    summary: "Returns a prisoner's emergency or next of kin contacts.",
    description: 'Applicable filters: prisons.',
    deprecated: true,
  })
  @ApiHmppsIdParam()
  @ApiPaginatedOk(PrisonerContact, "Successfully found a prisoner's contacts.")
  @ApiErrors([400, 404])
  @Audit('GET_PRISONER_EMERGENCY_CONTACTS', pathDetails('hmppsId'))
  getEmergencyContacts(
    @Param('hmppsId') hmppsId: string,
    @Query() query: PageQuery,
    @Consumer() consumer: AuthorisedConsumer,
  ): Promise<PaginatedResponse<PrisonerContact>> {
    return this.service.getPrisonerContacts(hmppsId, query, consumer.filters, {
      emergencyOrNextOfKin: true,
    });
  }
}
