import { BadRequestException, Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';
import { SpringPage, springPage, wholeNumber } from '../spring-page';

interface PersonalRelationshipsFixtures {
  contacts: Record<string, unknown>;
  linkedPrisoners: Record<string, unknown[]>;
  restrictions: Record<string, unknown>;
  prisonerContacts: Record<string, unknown[]>;
  numberOfChildren: Record<string, unknown>;
}

const FIXTURES = readHmppsFixture<PersonalRelationshipsFixtures>(
  'personal-relationships',
  'personal-relationships.json',
);

interface StubPrisonerContact {
  isEmergencyContact?: boolean;
  isNextOfKin?: boolean;
}

interface StubAddress {
  primaryAddress?: boolean;
  mailFlag?: boolean;
  [field: string]: unknown;
}

interface StubContact {
  id: number;
  firstName: string | null;
  middleNames: string | null;
  lastName: string | null;
  dateOfBirth: string | null;
  deceasedDate: string | null;
  createdBy: string | null;
  createdTime: string | null;
  addresses?: StubAddress[];
}

function pageOf(pageParam: string | undefined, sizeParam: string | undefined) {
  const page = wholeNumber(pageParam, 0, 0);
  const size = wholeNumber(sizeParam, 10, 1);
  if (page === undefined || size === undefined) throw new BadRequestException('Invalid page or size');
  return { page, size };
}

function matchesName(criterion: string | undefined, value: string | null, searchType: string): boolean {
  if (criterion === undefined || criterion === '') return true;
  const wanted = criterion.toLowerCase();
  const actual = (value ?? '').toLowerCase();
  if (searchType === 'PARTIAL') return actual.includes(wanted);
  if (searchType === 'SOUNDS_LIKE') return actual !== '' && actual[0] === wanted[0];
  return actual === wanted;
}

/** A search result: the contact with its primary (else first) address flattened into it. */
function toSearchItem(contact: StubContact) {
  const address = contact.addresses?.find((candidate) => candidate.primaryAddress) ?? contact.addresses?.[0];
  const field = (name: string) => (address?.[name] as unknown) ?? null;
  return {
    id: contact.id,
    lastName: contact.lastName,
    firstName: contact.firstName,
    middleNames: contact.middleNames,
    dateOfBirth: contact.dateOfBirth,
    deceasedDate: contact.deceasedDate,
    createdBy: contact.createdBy,
    createdTime: contact.createdTime,
    flat: field('flat'),
    property: field('property'),
    street: field('street'),
    area: field('area'),
    cityCode: field('cityCode'),
    cityDescription: field('cityDescription'),
    countyCode: field('countyCode'),
    countyDescription: field('countyDescription'),
    postcode: field('postcode'),
    countryCode: field('countryCode'),
    countryDescription: field('countryDescription'),
    mailAddress: address?.mailFlag ?? false,
    startDate: field('startDate'),
    endDate: field('endDate'),
    noFixedAddress: field('noFixedAddress') ?? false,
    comments: field('comments'),
  };
}

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

  /** One entry per prisoner relationship, as Spring's `PagedModel` (`page` from 0, `size` 10 by default). */
  @Get('contact/:contactId/linked-prisoners')
  getLinkedPrisoners(
    @Param('contactId') contactId: string,
    @Query('page') pageParam?: string,
    @Query('size') sizeParam?: string,
  ): unknown {
    if (!FIXTURES.contacts[contactId]) throw hmppsNotFound(`Contact (${contactId}) not found`);
    const { page, size } = pageOf(pageParam, sizeParam);
    const paged = springPage(FIXTURES.linkedPrisoners[contactId] ?? [], page, size);
    return {
      content: paged.content,
      page: { size, number: page, totalElements: paged.totalElements, totalPages: paged.totalPages },
    };
  }

  @Get('prisoner-contact/:prisonerContactId/restriction')
  getRestrictions(@Param('prisonerContactId') prisonerContactId: string): unknown {
    const restrictions = FIXTURES.restrictions[prisonerContactId];
    if (!restrictions) throw hmppsNotFound(`Prisoner contact (${prisonerContactId}) not found`);
    return restrictions;
  }

  /** Spring paging: `page` counts from 0; `emergencyContactOrNextOfKin=true` keeps only those contacts. */
  @Get('prisoner/:prisonerNumber/contact')
  getPrisonerContacts(
    @Param('prisonerNumber') prisonerNumber: string,
    @Query('page') pageParam?: string,
    @Query('size') sizeParam?: string,
    @Query('emergencyContactOrNextOfKin') emergencyOrNextOfKin?: string,
  ): SpringPage<unknown> {
    const { page, size } = pageOf(pageParam, sizeParam);
    const contacts = FIXTURES.prisonerContacts[prisonerNumber] as StubPrisonerContact[] | undefined;
    if (!contacts) throw hmppsNotFound(`Prisoner (${prisonerNumber}) not found`);
    const wanted =
      emergencyOrNextOfKin === 'true'
        ? contacts.filter((contact) => contact.isEmergencyContact || contact.isNextOfKin)
        : contacts;
    return springPage(wanted, page, size);
  }

  /**
   * The contact search: names matched EXACT (ignoring case), PARTIAL (contained) or SOUNDS_LIKE (same
   * first letter, a stand-in for the real phonetic match); `dateOfBirth` is dd/MM/yyyy. Answered as
   * Spring's `PagedModel` (`content` and `page` metadata), each contact with its primary address.
   */
  @Get('contact/search')
  searchContacts(@Query() query: Record<string, string | undefined>): unknown {
    const { page, size } = pageOf(query.page, query.size);
    const searchType = query.searchType ?? 'EXACT';
    if (!['EXACT', 'PARTIAL', 'SOUNDS_LIKE'].includes(searchType)) {
      throw new BadRequestException({ status: 400, userMessage: `Invalid searchType ${searchType}` });
    }
    const birth = query.dateOfBirth?.match(/^(\d{2})\/(\d{2})\/(\d{4})$/);
    if (query.dateOfBirth !== undefined && !birth) {
      throw new BadRequestException({ status: 400, userMessage: 'dateOfBirth must be dd/MM/yyyy' });
    }
    const isoBirth = birth ? `${birth[3]}-${birth[2]}-${birth[1]}` : undefined;
    const matching = Object.values(FIXTURES.contacts as Record<string, StubContact>).filter(
      (contact) =>
        matchesName(query.firstName, contact.firstName, searchType) &&
        matchesName(query.middleNames, contact.middleNames, searchType) &&
        matchesName(query.lastName, contact.lastName, searchType) &&
        (isoBirth === undefined || contact.dateOfBirth === isoBirth),
    );
    const paged = springPage(matching.map(toSearchItem), page, size);
    return {
      content: paged.content,
      page: { size, number: page, totalElements: paged.totalElements, totalPages: paged.totalPages },
    };
  }

  /** A prisoner who never declared their children has no record: 404, as the real service answers. */
  @Get('prisoner/:prisonerNumber/number-of-children')
  getNumberOfChildren(@Param('prisonerNumber') prisonerNumber: string): unknown {
    const record = Object.hasOwn(FIXTURES.numberOfChildren, prisonerNumber)
      ? FIXTURES.numberOfChildren[prisonerNumber]
      : undefined;
    if (!record) throw hmppsNotFound(`No number of children found for prisoner ${prisonerNumber}`);
    return record;
  }
}
