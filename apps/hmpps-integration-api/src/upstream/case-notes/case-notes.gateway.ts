import { Injectable } from '@nestjs/common';
import { ServiceResult, success, UpstreamApi } from '../../common/upstream-api-error';
import { WILDCARD } from '../../consumers/consumer-filters';
import { Gateway, segment } from '../shared/gateway';
import { UpstreamClients } from '../shared/upstream-clients';
import { CaseNotesPage } from '../../domain/case-note';
import { CaseNoteSearchResponseDto, toCaseNote } from './case-notes.dto';

/**
 * A case-note search as the reference's `CaseNoteFilter`: dates are calendar days, `page` is 1-based,
 * `caseNoteTypes` the consumer's case-note filter (null: none).
 */
export interface CaseNoteSearch {
  startDate?: string;
  endDate?: string;
  page: number;
  size: number;
  caseNoteTypes: readonly string[] | null;
}

/** The `SearchNotesRequest` of `POST /search/case-notes/{id}` as the reference's `CNSearchNotesRequest` writes it. */
export interface CaseNoteSearchBody {
  includeSensitive: true;
  occurredFrom?: string;
  occurredTo?: string;
  typeSubTypes?: { type: string; subTypes: string[] }[];
  page: number;
  size: number;
}

/**
 * The reference's request body: sensitive notes included, a date as that day's start written as
 * `LocalDateTime.toString() + "Z"` (`2024-01-31T00:00Z`), one `{type, subTypes: []}` per case-note type
 * of the consumer's filter, none when it has no filter or holds `*`. Keys left out are those not given.
 */
export function caseNoteSearchBody(search: CaseNoteSearch): CaseNoteSearchBody {
  const types = search.caseNoteTypes;
  return {
    includeSensitive: true,
    ...(search.startDate ? { occurredFrom: `${search.startDate}T00:00Z` } : {}),
    ...(search.endDate ? { occurredTo: `${search.endDate}T00:00Z` } : {}),
    ...(types && !types.includes(WILDCARD)
      ? { typeSubTypes: types.map((type) => ({ type, subTypes: [] })) }
      : {}),
    page: search.page,
    size: search.size,
  };
}

/** Offender Case Notes. */
@Injectable()
export class CaseNotesGateway extends Gateway {
  constructor(clients: UpstreamClients) {
    super(clients, 'caseNotes', 'case-notes', UpstreamApi.CASE_NOTES);
  }

  /**
   * One page of the prisoner's case notes from Offender Case Notes' search, as the reference's
   * `getCaseNotesForPerson` asks for it. An upstream 403 is reported so that it becomes a 403 answer.
   */
  async searchCaseNotes(
    nomisNumber: string,
    search: CaseNoteSearch,
  ): Promise<ServiceResult<CaseNotesPage | null>> {
    const result = await this.search<CaseNoteSearchResponseDto>(
      `/search/case-notes/${segment(nomisNumber)}`,
      caseNoteSearchBody(search),
      undefined,
      { forbiddenAsError: true },
    );
    if (!result.data) return { data: null, errors: result.errors };
    const { content, metadata } = result.data;
    return success({
      content: (content ?? []).map(toCaseNote),
      page: metadata?.page ?? search.page,
      size: metadata?.size ?? search.size,
      totalElements: metadata?.totalElements ?? 0,
    });
  }
}
