import {
  BadRequestException,
  Controller,
  ForbiddenException,
  Get,
  Param,
  Query,
  UseGuards,
} from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';
import { SpringPage, springPage, wholeNumber } from '../spring-page';

interface StubCaseNote {
  occurrenceDateTime: string;
  locationId: string;
}

const CASE_NOTES = readHmppsFixture<Record<string, StubCaseNote[]>>('case-notes', 'case-notes.json');
/** Prisoners whose case notes the calling client may not see. */
const RESTRICTED = new Set(readHmppsFixture<string[]>('case-notes', 'restricted.json'));
const DEFAULT_PAGE_SIZE = 10;

interface CaseNoteQuery {
  locationId?: string;
  startDate?: string;
  endDate?: string;
  page?: string;
  size?: string;
}

/** Stand-in for Offender Case Notes (`/case-notes`): one Spring page, newest occurrence first. */
@Controller('case-notes/case-notes')
@UseGuards(StubBearerGuard)
export class CaseNotesController {
  @Get(':offenderIdentifier')
  getCaseNotes(
    @Param('offenderIdentifier') offenderIdentifier: string,
    @Query() query: CaseNoteQuery,
  ): SpringPage<StubCaseNote> {
    if (RESTRICTED.has(offenderIdentifier)) {
      throw new ForbiddenException({
        status: 403,
        developerMessage: 'Access denied',
        userMessage: 'Access denied',
      });
    }
    const notes = CASE_NOTES[offenderIdentifier];
    if (!notes) throw hmppsNotFound(`Offender ${offenderIdentifier} not found`);
    const page = wholeNumber(query.page, 0, 0);
    const size = wholeNumber(query.size, DEFAULT_PAGE_SIZE, 1);
    if (page === undefined || size === undefined)
      throw new BadRequestException({ status: 400, developerMessage: 'Invalid paging' });
    const matching = notes
      .filter((note) => !query.locationId || note.locationId === query.locationId)
      .filter((note) => !query.startDate || note.occurrenceDateTime >= query.startDate)
      .filter((note) => !query.endDate || note.occurrenceDateTime <= query.endDate)
      .sort((a, b) => b.occurrenceDateTime.localeCompare(a.occurrenceDateTime));
    return springPage(matching, page, size);
  }
}
