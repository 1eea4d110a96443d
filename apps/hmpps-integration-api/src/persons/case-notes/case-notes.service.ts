import { Injectable } from '@nestjs/common';
import { throwIfErrors } from '../../common/api-errors';
import { CaseNote } from '../../domain/case-note';
import { PersonIdentityService } from '../../identity/person-identity.service';
import { CaseNoteFilter, CaseNotesGateway } from '../../upstream/case-notes/case-notes.gateway';
import { requestFilters } from '../../consumers/authorised-consumer';
import { lookupPersonWithinFilters, personNotFoundMessage } from '../person-lookup';

/** The reference's wording for a case-notes 403 (spec §5.3 #24). */
const CASE_NOTES_FORBIDDEN = 'Upstream API Case Notes service returned a forbidden error';

@Injectable()
export class CaseNotesService {
  constructor(
    private readonly identity: PersonIdentityService,
    private readonly caseNotes: CaseNotesGateway,
  ) {}

  /**
   * The first upstream page of the prisoner's case notes. A person who cannot be found is a 404 (the
   * reference answered 200 with nothing); someone without a NOMIS number has no case notes. The
   * consumer's prisons and supervision statuses apply, and a consumer limited to some case-note types
   * sees only notes of those types (an empty list limits nothing, as the reference's search does).
   */
  async getCaseNotes(hmppsId: string, filter: CaseNoteFilter): Promise<CaseNote[]> {
    const notFound = personNotFoundMessage(hmppsId);
    const person = await lookupPersonWithinFilters(this.identity, hmppsId, notFound);
    const nomisNumber = person.identifiers.nomisNumber;
    if (!nomisNumber) return [];
    const caseNotes = await this.caseNotes.getCaseNotes(nomisNumber, filter);
    throwIfErrors(caseNotes, { notFound, forbidden: CASE_NOTES_FORBIDDEN });
    const types = requestFilters().caseNotes;
    if (!types?.length) return caseNotes.data;
    return caseNotes.data.filter((note) => note.type !== null && types.includes(note.type));
  }
}
