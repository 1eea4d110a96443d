import {
  BadRequestException,
  Body,
  Controller,
  ForbiddenException,
  HttpCode,
  Param,
  Post,
  UseGuards,
} from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { hmppsNotFound, readHmppsFixture } from '../hmpps-fixtures';
import { springPage } from '../spring-page';

interface StubCaseNote {
  type: string;
  subType: string;
  creationDateTime: string;
  occurrenceDateTime: string;
  sensitive: boolean;
}

const CASE_NOTES = readHmppsFixture<Record<string, StubCaseNote[]>>('case-notes', 'case-notes.json');
/** Prisoners whose case notes the calling client may not see. */
const RESTRICTED = new Set(readHmppsFixture<string[]>('case-notes', 'restricted.json'));

/** Offender Case Notes' `SearchNotesRequest` (every field optional). */
interface SearchNotesRequest {
  includeSensitive?: unknown;
  typeSubTypes?: unknown;
  occurredFrom?: unknown;
  occurredTo?: unknown;
  page?: unknown;
  size?: unknown;
  sort?: unknown;
}

/** Offender Case Notes' `SearchNotesResponse`: the page's notes and its `PageMeta` (`page` from 1). */
export interface SearchNotesResponse {
  content: StubCaseNote[];
  metadata: { totalElements: number; page: number; size: number };
  hasCaseNotes: boolean;
}

interface Search {
  includeSensitive: boolean;
  typeSubTypes: { type: string; subTypes: string[] }[];
  occurredFrom?: string;
  occurredTo?: string;
  page: number;
  size: number;
  sortKey: 'occurrenceDateTime' | 'creationDateTime';
  ascending: boolean;
}

const invalid = (message: string) =>
  new BadRequestException({ status: 400, userMessage: message, developerMessage: message });

/**
 * A `LocalDateTime` as Jackson reads it leniently: `yyyy-MM-ddTHH:mm[:ss[.fff]]`, a trailing `Z`
 * dropped. Answered as `yyyy-MM-ddTHH:mm:ss` so that it compares with the fixture's times as text.
 */
function localDateTime(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  const match =
    typeof value === 'string' && /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d{1,9})?)?Z?$/.exec(value);
  if (!match || Number.isNaN(Date.parse(`${match[1]}T${match[2]}Z`)))
    throw invalid(`${name} must be a date-time`);
  return `${match[1]}T${match[2]}${match[3]?.slice(0, 3) ?? ':00'}`;
}

function wholeNumberField(value: unknown, name: string, defaultValue: number): number {
  if (value === undefined || value === null) return defaultValue;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    throw invalid(`${name} must be a whole number of at least 1`);
  return value;
}

function typeSubTypesOf(value: unknown): Search['typeSubTypes'] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalid('typeSubTypes must be a list');
  return value.map((entry: unknown) => {
    const { type, subTypes } = (entry ?? {}) as { type?: unknown; subTypes?: unknown };
    if (typeof type !== 'string' || type.trim() === '')
      throw invalid('typeSubTypes[].type must not be blank');
    const list = subTypes ?? [];
    if (!Array.isArray(list) || list.some((subType) => typeof subType !== 'string'))
      throw invalid('typeSubTypes[].subTypes must be a list of text');
    return { type, subTypes: list as string[] };
  });
}

/** The search a request body asks for, with the service's defaults (page 1, size 10, newest occurrence first). */
function searchOf(body: SearchNotesRequest): Search {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw invalid('A search body is required');
  if (body.includeSensitive !== undefined && typeof body.includeSensitive !== 'boolean')
    throw invalid('includeSensitive must be true or false');
  const sort = body.sort ?? 'occurredAt,desc';
  const sortMatch = typeof sort === 'string' && /^(occurredAt|createdAt),(asc|desc)$/i.exec(sort);
  if (!sortMatch) throw invalid('sort must be occurredAt or createdAt, then asc or desc');
  return {
    includeSensitive: body.includeSensitive === true,
    typeSubTypes: typeSubTypesOf(body.typeSubTypes),
    occurredFrom: localDateTime(body.occurredFrom, 'occurredFrom'),
    occurredTo: localDateTime(body.occurredTo, 'occurredTo'),
    page: wholeNumberField(body.page, 'page', 1),
    size: wholeNumberField(body.size, 'size', 10),
    sortKey: sortMatch[1].toLowerCase() === 'createdat' ? 'creationDateTime' : 'occurrenceDateTime',
    ascending: sortMatch[2].toLowerCase() === 'asc',
  };
}

const matchesType = (note: StubCaseNote, typeSubTypes: Search['typeSubTypes']) =>
  typeSubTypes.length === 0 ||
  typeSubTypes.some(
    ({ type, subTypes }) => note.type === type && (subTypes.length === 0 || subTypes.includes(note.subType)),
  );

/**
 * Stand-in for Offender Case Notes' search (`POST /search/case-notes/{personIdentifier}`): the notes of
 * the types asked for (any when none), sensitive ones only with `includeSensitive`, occurred within
 * `occurredFrom`–`occurredTo` (inclusive), sorted (`occurredAt,desc` by default) and paged (`page` from 1).
 */
@Controller('case-notes/search/case-notes')
@UseGuards(StubBearerGuard)
export class CaseNotesController {
  @Post(':personIdentifier')
  @HttpCode(200)
  searchCaseNotes(
    @Param('personIdentifier') personIdentifier: string,
    @Body() body: SearchNotesRequest,
  ): SearchNotesResponse {
    if (RESTRICTED.has(personIdentifier)) {
      throw new ForbiddenException({
        status: 403,
        developerMessage: 'Access denied',
        userMessage: 'Access denied',
      });
    }
    const search = searchOf(body);
    const notes = CASE_NOTES[personIdentifier];
    if (!notes) throw hmppsNotFound(`Offender ${personIdentifier} not found`);
    const direction = search.ascending ? 1 : -1;
    const matching = notes
      .filter((note) => search.includeSensitive || !note.sensitive)
      .filter((note) => matchesType(note, search.typeSubTypes))
      .filter((note) => !search.occurredFrom || note.occurrenceDateTime >= search.occurredFrom)
      .filter((note) => !search.occurredTo || note.occurrenceDateTime <= search.occurredTo)
      .sort((a, b) => direction * a[search.sortKey].localeCompare(b[search.sortKey]));
    const page = springPage(matching, search.page - 1, search.size);
    return {
      content: page.content,
      metadata: { totalElements: page.totalElements, page: search.page, size: search.size },
      hasCaseNotes: notes.length > 0,
    };
  }
}
