import { BadRequestException, Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';

interface CaseContacts {
  /** The case's MAPPA category: a request limited to other categories sees none of its contacts. */
  mappaCategory: number;
  contacts: { id: number }[];
}

const CONTACTS = readHmppsFixture<Record<string, CaseContacts>>('ndelius', 'contact-events.json');
const ACCESS_LIMITATIONS = readHmppsFixture<Record<string, unknown>>('ndelius', 'access-limitations.json');

function badRequest(message: string): BadRequestException {
  return new BadRequestException({ status: 400, errorCode: null, userMessage: message, developerMessage: message, moreInfo: null });
}

/** `mappaCategories=1,4`: absent means every category, empty means none. */
function visibleContacts(crn: string, mappaCategories: string | undefined): { id: number }[] {
  const record = CONTACTS[crn];
  if (!record) throw hmppsNotFound(`Person with crn of ${crn} not found`);
  if (mappaCategories === undefined) return record.contacts;
  const allowed = mappaCategories.split(',').filter((value) => value !== '').map(Number);
  return allowed.includes(record.mappaCategory) ? record.contacts : [];
}

function whole(value: string | undefined, name: string, min: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value) || Number(value) < min) throw badRequest(`${name} must be a number of at least ${min}`);
  return Number(value);
}

/** nDelius' contacts of a case (0-based `page`, `size`) and its access limitations. */
@Controller('ndelius/case/:crn')
@UseGuards(StubBearerGuard)
export class NDeliusContactsController {
  @Get('contacts')
  getContacts(
    @Param('crn') crn: string,
    @Query('page') page: string | undefined,
    @Query('size') size: string | undefined,
    @Query('mappaCategories') mappaCategories: string | undefined,
  ): unknown {
    const pageNumber = whole(page, 'page', 0, 0);
    const pageSize = whole(size, 'size', 1, 10);
    const contacts = visibleContacts(crn, mappaCategories);
    return {
      totalResults: contacts.length,
      totalPages: Math.ceil(contacts.length / pageSize),
      content: contacts.slice(pageNumber * pageSize, (pageNumber + 1) * pageSize),
    };
  }

  @Get('contacts/:id')
  getContact(
    @Param('crn') crn: string,
    @Param('id') id: string,
    @Query('mappaCategories') mappaCategories: string | undefined,
  ): unknown {
    const contact = visibleContacts(crn, mappaCategories).find((candidate) => String(candidate.id) === id);
    if (!contact) throw hmppsNotFound(`Contact with id of ${id} not found`);
    return contact;
  }

  @Get('access-limitations')
  getAccessLimitations(@Param('crn') crn: string): unknown {
    const limitations = ACCESS_LIMITATIONS[crn];
    if (!limitations) throw hmppsNotFound(`Person with crn of ${crn} not found`);
    return limitations;
  }
}
