import { BadRequestException, Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';
import { SpringPage, springPage, wholeNumber } from '../spring-page';

interface PersonalRelationshipsFixtures {
  contacts: Record<string, unknown>;
  linkedPrisoners: Record<string, unknown[]>;
  restrictions: Record<string, unknown>;
  prisonerContacts: Record<string, unknown[]>;
}

const FIXTURES = readHmppsFixture<PersonalRelationshipsFixtures>(
  'personal-relationships',
  'personal-relationships.json',
);

/** Stand-in for the Personal Relationships API (`/personal-relationships`). */
@Controller('personal-relationships')
@UseGuards(StubBearerGuard)
export class PersonalRelationshipsController {
  @Get('contact/:contactId')
  getContact(@Param('contactId') contactId: string): unknown {
    const contact = FIXTURES.contacts[contactId];
    if (!contact) throw hmppsNotFound(`Contact (${contactId}) not found`);
    return contact;
  }

  @Get('contact/:contactId/linked-prisoners')
  getLinkedPrisoners(@Param('contactId') contactId: string): unknown[] {
    if (!FIXTURES.contacts[contactId]) throw hmppsNotFound(`Contact (${contactId}) not found`);
    return FIXTURES.linkedPrisoners[contactId] ?? [];
  }

  @Get('prisoner-contact/:prisonerContactId/restriction')
  getRestrictions(@Param('prisonerContactId') prisonerContactId: string): unknown {
    const restrictions = FIXTURES.restrictions[prisonerContactId];
    if (!restrictions) throw hmppsNotFound(`Prisoner contact (${prisonerContactId}) not found`);
    return restrictions;
  }

  /** Spring paging: `page` counts from 0. */
  @Get('prisoner/:prisonerNumber/contact')
  getPrisonerContacts(
    @Param('prisonerNumber') prisonerNumber: string,
    @Query('page') pageParam?: string,
    @Query('size') sizeParam?: string,
  ): SpringPage<unknown> {
    const page = wholeNumber(pageParam, 0, 0);
    const size = wholeNumber(sizeParam, 10, 1);
    if (page === undefined || size === undefined) throw new BadRequestException('Invalid page or size');
    const contacts = FIXTURES.prisonerContacts[prisonerNumber];
    if (!contacts) throw hmppsNotFound(`Prisoner (${prisonerNumber}) not found`);
    return springPage(contacts, page, size);
  }
}
