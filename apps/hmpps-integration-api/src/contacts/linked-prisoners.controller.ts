import { Audit } from '@libs/queue';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { pathDetails } from '../audit/audit-details';
import { badRequest, requireData } from '../common/api-errors';
import { PaginatedResponse } from '../common/envelopes';
import { isLong } from '../common/long-id';
import { nullableFields } from '../common/nullable-fields';
import { fromUpstreamPage } from '../common/pagination';
import { ApiErrors, ApiPaginatedOk } from '../common/response-classes';
import { FeatureFlag } from '../feature-flags/feature-flag.decorator';
import { PersonalRelationshipsGateway } from '../upstream/personal-relationships/personal-relationships.gateway';
import { LinkedPrisonersQuery } from './linked-prisoners.dto';

export class ContactLinkedPrisoner {
  @ApiProperty({ type: 'integer', nullable: true, example: 123456 })
  prisonerContactId!: number | null;
}
nullableFields(ContactLinkedPrisoner, {
  text: [
    'prisonerNumber',
    'lastName',
    'firstName',
    'middleNames',
    'relationshipTypeCode',
    'relationshipTypeDescription',
    'relationshipToPrisonerCode',
    'relationshipToPrisonerDescription',
  ],
  flags: ['isRelationshipActive'],
});

@ApiTags('contacts')
@Controller('v1/contacts')
export class LinkedPrisonersController {
  constructor(private readonly relationships: PersonalRelationshipsGateway) {}

  /** The prisoners a contact is related to, one entry per relationship, paged by Personal Relationships. */
  @FeatureFlag('contact-linked-prisoners-endpoint-enabled')
  @Get(':contactId/linked-prisoners')
  @ApiOperation({ summary: 'Returns the linked prisoners for a contact id.' })
  @ApiParam({ name: 'contactId', description: 'The contact ID (a whole number)' })
  @ApiPaginatedOk(ContactLinkedPrisoner, 'Successfully retrieved linked prisoners by contact ID.')
  @ApiErrors([400, 404])
  @Audit('GET_CONTACT_LINKED_PRISONERS', pathDetails('contactId'))
  async getLinkedPrisoners(
    @Param('contactId') contactId: string,
    @Query() query: LinkedPrisonersQuery,
  ): Promise<PaginatedResponse<ContactLinkedPrisoner>> {
    if (!isLong(contactId)) throw badRequest(`Invalid contact ID: ${contactId}`);
    const page = requireData(
      await this.relationships.getLinkedPrisonersPage(contactId, {
        page: (query.pageNo ?? 1) - 1,
        size: query.perPage ?? 10,
      }),
      { notFound: `Linked prisoners not found for ${contactId}` },
    );
    return fromUpstreamPage({ ...page, number: page.number + 1 }, (prisoner) => prisoner);
  }
}
