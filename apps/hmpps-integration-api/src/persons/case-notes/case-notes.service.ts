import { Injectable } from '@nestjs/common';
import { badRequest, requireData } from '../../common/api-errors';
import { PaginatedResponse } from '../../common/envelopes';
import { paginate } from '../../common/pagination';
import { PageRequest } from '../../common/page-query';
import { requestFilters } from '../../consumers/authorised-consumer';
import { limitsPeople } from '../../consumers/consumer-filters';
import { CaseNote, CaseNotesPage } from '../../domain/case-note';
import { identifyHmppsId, isPncNumber } from '../../identity/hmpps-id';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { CaseNotesGateway } from '../../upstream/case-notes/case-notes.gateway';
import { lookupPersonWithinFilters, personNotFoundMessage } from '../person-lookup';

/** The reference's wording for a case-notes 403. */
const CASE_NOTES_FORBIDDEN = 'Upstream API Case Notes service returned a forbidden error';

/** Calendar days of the search (`yyyy-MM-dd`). */
export interface CaseNoteDates {
  startDate?: string;
  endDate?: string;
}

@Injectable()
export class CaseNotesService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly caseNotes: CaseNotesGateway,
  ) {}

  /**
   * A page of the prisoner's case notes as the reference's `GetCaseNotesForPersonService`: Offender Case
   * Notes' `POST /search/case-notes/{noms}` pages and filters them (dates, the consumer's case-note types),
   * and the pagination is the reference's from its answer. An id of no known form is HEAD's 400 `Invalid
   * id: …` (a PNC id is served here, as before, unless the consumer is limited to some people); a person
   * who cannot be found, or whom Case Notes does not know, is a 404; someone without a NOMIS number has
   * no case notes. The consumer's prisons and supervision statuses apply.
   */
  async getCaseNotes(
    hmppsId: string,
    dates: CaseNoteDates,
    { page, perPage }: PageRequest,
  ): Promise<PaginatedResponse<CaseNote>> {
    const messages = {
      badRequest: `Invalid id: ${hmppsId}`,
      notFound: personNotFoundMessage(hmppsId),
      forbidden: CASE_NOTES_FORBIDDEN,
    };
    const filters = requestFilters();
    const unknownForm = identifyHmppsId(hmppsId) === 'UNKNOWN';
    if (unknownForm && (limitsPeople(filters) || !isPncNumber(hmppsId)))
      throw badRequest(messages.badRequest);
    const person = await lookupPersonWithinFilters(this.identity, hmppsId, messages.notFound);
    const nomisNumber = person.identifiers.nomisNumber;
    if (!nomisNumber) return paginate([], page, perPage);
    const caseNotes = await this.caseNotes.searchCaseNotes(nomisNumber, {
      ...dates,
      page,
      size: perPage,
      caseNoteTypes: filters.caseNotes,
    });
    return toPaginatedCaseNotes(requireData(caseNotes, messages));
  }
}

/** The reference's `OCNCaseNote.toPaginatedCaseNotes`: the numbers come from the upstream's `PageMeta`. */
export function toPaginatedCaseNotes({
  content,
  page,
  size,
  totalElements,
}: CaseNotesPage): PaginatedResponse<CaseNote> {
  return {
    data: content,
    pagination: {
      isLastPage: page * size >= totalElements,
      count: content.length,
      page,
      perPage: size,
      totalCount: totalElements,
      totalPages: size > 0 ? Math.ceil(totalElements / size) : 0,
    },
  };
}
